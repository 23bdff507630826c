using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EnvBot.Data.Domain.Compliance;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Guides;
using EnvBot.Data.Time;

namespace EnvBot.Dialogs.Guides;

/// <summary>
/// The leaders' monthly assessment in chat (issue 8, DOMAIN.md §2 考核评价): "本月考核" / "考核排名 2026-11" shows the
/// ranking with each grade's figures and rule; "调整考核 方静卫 2026-11 良好 理由…" records an adjustment with its reason.
/// </summary>
public sealed partial class AssessmentCommands(GuideAssessmentService assessments, ReportLinks links, TimeProvider time)
{
    [GeneratedRegex(@"^(?<y>\d{4})\s*[-年./]\s*(?<m>\d{1,2})\s*月?$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^(?<name>\S+)\s+(?<y>\d{4})\s*[-年./]\s*(?<m>\d{1,2})\s*月?\s+(?<grade>不合格|合格|良好|优秀)\s*(?:理由[:：]?)?\s*(?<reason>.*)$", RegexOptions.Singleline)]
    private static partial Regex AdjustPattern();

    public async Task<string> RankingAsync(string argument, CancellationToken cancellationToken)
    {
        var (year, month) = (0, 0);
        if (argument.Trim().Length == 0)
        {
            var today = BureauTime.Today(time);
            (year, month) = (today.Year, today.Month);
        }
        else if (MonthPattern().Match(argument.Trim()) is { Success: true } m && int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var mm)
        {
            (year, month) = (int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), mm);
        }
        else if (RelativeMonth(argument.Trim(), BureauTime.Today(time)) is { } relative)
        {
            (year, month) = relative;
        }
        else
        {
            return AssessmentReplies.MonthFormat;
        }
        return await RankingAsync(year, month, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "上个月", "本月", "10月", "十月份" as leaders say it: the month of this year, or of last year when it has not come
    /// yet (in January, "12月" is last December).
    /// </summary>
    public static (int Year, int Month)? RelativeMonth(string text, DateOnly today)
    {
        var key = text.Trim().TrimEnd('的');
        if (key is "上月" or "上个月")
        {
            var last = today.AddMonths(-1);
            return (last.Year, last.Month);
        }
        if (key is "本月" or "这个月" or "当月")
        {
            return (today.Year, today.Month);
        }
        if (NamedMonth().Match(key) is { Success: true } m && EnvBot.Knowledge.Policy.ChineseNumerals.TryParse(m.Groups["m"].ValueSpan, out var month) && month is >= 1 and <= 12)
        {
            return (month > today.Month ? today.Year - 1 : today.Year, month);
        }
        return null;
    }

    /// <summary>The months <see cref="RelativeMonth"/> reads, for a command that names one before its keyword.</summary>
    public const string MonthWords = @"上个?月|本月|这个月|当月|\d{1,2}月份?|[一二三四五六七八九十]{1,3}月份?";

    [GeneratedRegex(@"^(?<m>\d{1,2}|[一二三四五六七八九十]{1,3})月份?$")]
    private static partial Regex NamedMonth();

    /// <summary>The month's ranking with the chart page and the .xlsx download (both signed links).</summary>
    public async Task<string> RankingAsync(int year, int month, CancellationToken cancellationToken)
    {
        var ranking = await assessments.RankingAsync(year, month, cancellationToken).ConfigureAwait(false);
        if (ranking.Count == 0)
        {
            // Nobody was paired that month (DOMAIN.md §2: a guide is assessed on the months of a pairing): say so
            // rather than show "（0 人）" and links to an empty chart and sheet.
            return AssessmentReplies.NobodyPaired(year, month);
        }
        return AssessmentReplies.Ranking(year, month, ranking)
            + "\n\n" + AssessmentReplies.Page + links.Compliance(year, month)
            + "\n" + AssessmentReplies.Download + links.Ranking(year, month);
    }

    public async Task<string> AdjustAsync(string argument, UserIdentity leader, CancellationToken cancellationToken)
    {
        if (AdjustPattern().Match(argument.Trim()) is not { Success: true } m
            || int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) is < 1 or > 12)
        {
            return AssessmentReplies.AdjustFormat;
        }
        var reason = m.Groups["reason"].Value.Trim();
        if (reason.Length < 2)
        {
            return AssessmentReplies.ReasonRequired;
        }
        var (year, month) = (int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture));
        var ranking = await assessments.RankingAsync(year, month, cancellationToken).ConfigureAwait(false);
        var name = m.Groups["name"].Value;
        if (ranking.FirstOrDefault(r => r.Assessment.Figures.GuideName == name) is not { } ranked)
        {
            return AssessmentReplies.NotAssessed(name, year, month);
        }
        var grade = Enum.GetValues<GuideGrade>().First(g => AssessmentTexts.Name(g) == m.Groups["grade"].Value);
        await assessments.AdjustAsync(ranked.Assessment.Figures.GuidePersonId, year, month, grade, leader.PersonId!.Value, leader.PersonName ?? "局领导", reason, cancellationToken).ConfigureAwait(false);
        return AssessmentReplies.Adjusted(name, year, month, ranked.Assessment.ComputedGrade, grade, reason);
    }
}

public static class AssessmentReplies
{
    public const string Page = "频次达标图表：";
    public const string Download = "下载 Excel（链接 7 天内有效，请勿转发）：";
    public const string MonthFormat = "请写明考核月份，例如：考核排名 2026-11。";
    public const string AdjustFormat = "调整格式：调整考核 姓名 2026-11 良好 理由：……（等级为 不合格/合格/良好/优秀），未做任何更改。";
    public const string ReasonRequired = "调整考核等级须写明理由，例如：调整考核 方静卫 2026-11 良好 理由：台风停航一周无法走访。未做任何更改。";

    public static string NobodyPaired(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月没有处于结对期内的指导员，所以没有考核排名（考核只计结对期内的月份）。");

    public static string NotAssessed(string name, int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月的考核中没有指导员“{name}”，未做任何更改。");

    public static string Adjusted(string name, int year, int month, GuideGrade from, GuideGrade to, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $"已将 {name} {year}年{month}月的考核等级由“{AssessmentTexts.Name(from)}”调整为“{AssessmentTexts.Name(to)}”，理由已记录：{reason}");

    public static string Ranking(int year, int month, IReadOnlyList<RankedGuide> ranking)
    {
        var b = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月 指导员考核排名（{ranking.Count} 人）：\n"));
        foreach (var r in ranking)
        {
            b.Append(CultureInfo.InvariantCulture, $"{r.Rank}. {r.Assessment.Figures.GuideName} {AssessmentTexts.Name(r.Assessment.Grade)} — {AssessmentTexts.Figures(r.Assessment.Figures)}\n   {r.Assessment.Explanation}\n");
        }
        return b.ToString().TrimEnd();
    }
}
