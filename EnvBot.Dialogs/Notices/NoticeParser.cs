using System.Globalization;
using System.Text.RegularExpressions;
using EnvBot.Data.Domain.Notices;
using EnvBot.Data.Notices;
using EnvBot.Data.Time;
using EnvBot.Dialogs.Builder.Dialogs.Prompts;

namespace EnvBot.Dialogs.Notices;

/// <summary>
/// Reads "发通知 类别=重点监管 时间=12月1日 9:00 类型=限停产 标题=… 正文…": a clerk writes the notice as one message,
/// names whom it is for with one key, and everything that is not a key is the text. Pure: the caller gives <c>now</c>.
/// </summary>
public static partial class NoticeParser
{
    private const string Keys = "对象|类别|分类|行业|区域|网格|片区|镇街|企业|时间|发送时间|类型|标题|附件|依据";

    public static (NoticeDraft? Draft, string? Problem) Parse(string argument, DateTimeOffset now)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match m in Field().Matches(argument))
        {
            fields[Canonical(m.Groups["key"].Value)] = m.Groups["value"].Value.Trim();
        }
        var text = string.Join('\n', Field().Replace(argument, "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        if (text.Length == 0)
        {
            return (null, NoticeReplies.TextMissing);
        }
        var targets = fields.Keys.Where(k => k is "对象" or "类别" or "行业" or "区域" or "企业").ToList();
        if (targets.Count != 1)
        {
            return (null, targets.Count == 0 ? NoticeReplies.TargetMissing : NoticeReplies.TargetTwice);
        }
        var targetKey = targets[0];
        var targetValue = fields[targetKey];
        NoticeTarget target = targetKey switch
        {
            "对象" when targetValue is "全部" or "所有" or "全部企业" or "所有企业" => NoticeTarget.All,
            "类别" => new NoticeTarget(NoticeTargetKind.Category, targetValue, []),
            "行业" => new NoticeTarget(NoticeTargetKind.Industry, targetValue, []),
            "区域" => new NoticeTarget(NoticeTargetKind.Area, targetValue, []),
            _ => new NoticeTarget(NoticeTargetKind.List, null, targetValue.Split(['、', '，', ',', '；', ';', ' ', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
        };
        if (target.Kind != NoticeTargetKind.All && targetValue.Length == 0 || target.Kind == NoticeTargetKind.List && target.Names.Count == 0)
        {
            return (null, NoticeReplies.TargetMissing);
        }

        var scheduled = now;
        var immediate = true;
        if (fields.TryGetValue("时间", out var when) && when is not ("立即" or "现在" or "马上"))
        {
            if (ReadTime(when, now) is not { } at)
            {
                return (null, NoticeReplies.TimeUnreadable(when));
            }
            if (at < now)
            {
                return (null, NoticeReplies.TimeInThePast(at));
            }
            scheduled = at;
            immediate = false;
        }

        var kind = fields.TryGetValue("类型", out var type) && ProductionLimit().IsMatch(type) ? NoticeKind.ProductionLimit : NoticeKind.Ordinary;
        var title = fields.TryGetValue("标题", out var t) && t.Length > 0 ? t : DefaultTitle(text);
        string? attachmentName = null, attachmentUrl = null;
        if (fields.TryGetValue("附件", out var attachment) && attachment.Length > 0)
        {
            var parts = attachment.Split(['|', '｜'], 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2)
            {
                (attachmentName, attachmentUrl) = (parts[0], parts[1]);
            }
            else if (attachment.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                attachmentUrl = attachment;
            }
            else
            {
                attachmentName = attachment;
            }
        }
        string? law = null, article = null;
        if (fields.TryGetValue("依据", out var basis) && basis.Length > 0)
        {
            var m = Basis().Match(basis);
            (law, article) = m.Success ? ($"《{m.Groups["law"].Value}》", m.Groups["article"].Value is { Length: > 0 } a ? a : null) : (basis, null);
        }
        var notice = new NewNotice(title, text, kind, target, scheduled, attachmentName, attachmentUrl, law, article);
        return (new NoticeDraft(notice, $"{targetKey}={targetValue}", immediate), null);
    }

    /// <summary>"12月1日 9:00", "2026-12-01 09:00", "明天上午9点", "下午3点半" (today), "12月1日" (09:00).</summary>
    public static DateTimeOffset? ReadTime(string value, DateTimeOffset now)
    {
        var input = value.Replace('T', ' ').Replace('：', ':').Trim();
        var today = DateOnly.FromDateTime(BureauTime.ToBureau(now).DateTime);
        var m = Clock().Match(input);
        var datePart = m.Success ? input[..m.Index].Trim() : input;
        var time = new TimeOnly(9, 0);
        if (m.Success)
        {
            var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : m.Groups["half"].Success ? 30 : 0;
            if (m.Groups["pm"].Success && hour < 12)
            {
                hour += 12;
            }
            if (hour > 23 || minute > 59)
            {
                return null;
            }
            time = new TimeOnly(hour, minute);
        }
        DateOnly date;
        if (datePart.Length == 0)
        {
            if (!m.Success)
            {
                return null;
            }
            date = today;
        }
        else if (!ChineseDateRecognizer.TryRecognize(datePart, today, out date))
        {
            return null;
        }
        return BureauTime.At(date, time);
    }

    private static string DefaultTitle(string text)
    {
        var first = text.Split('\n')[0];
        var end = first.IndexOfAny(['。', '；', '！', '？']);
        var sentence = end > 0 ? first[..end] : first;
        return sentence.Length <= 30 ? sentence : sentence[..30] + "…";
    }

    private static string Canonical(string key) => key switch
    {
        "分类" => "类别",
        "网格" or "片区" or "镇街" => "区域",
        "发送时间" => "时间",
        _ => key,
    };

    // 标题/附件/依据 run to the end of the line (or the next key); 时间 may hold one space before the clock
    // ("12月1日 9:00"); any other value is one word, so the text may follow on the same line.
    [GeneratedRegex(@"(?<key>标题|附件|依据)\s*[=＝]\s*(?<value>[^\n]*?)(?=[ \t　]+(?:" + Keys + @")\s*[=＝]|[ \t　]*(?:\n|$))" +
        @"|(?<key>发送时间|时间)\s*[=＝]\s*(?<value>[^\s=＝]+(?:[ \t　]+(?:上午|下午|晚上|早上|中午)?\d{1,2}(?:[:：]\d{2}|点半?(?:\d{1,2}分?)?)(?=\s|$))?)" +
        @"|(?<key>" + Keys + @")\s*[=＝]\s*(?<value>[^\s=＝]+)")]
    private static partial Regex Field();

    [GeneratedRegex(@"(?<pm>下午|晚上|傍晚)?\s*(?:上午|早上|中午)?\s*(?<h>\d{1,2})(?::(?<m>\d{2})|点(?:(?<m>\d{1,2})分?|(?<half>半))?)$")]
    private static partial Regex Clock();

    [GeneratedRegex("限停产|限产|停产|错峰")]
    private static partial Regex ProductionLimit();

    [GeneratedRegex(@"《(?<law>[^》]+)》\s*(?<article>第[^条]+条)?")]
    private static partial Regex Basis();
}
