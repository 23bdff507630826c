using System.Globalization;

namespace EnvBot.Data.Exports;

/// <summary>One line of the weekly 问题清单: what a guide collected at an enterprise and where it stands.</summary>
public sealed record ProblemListEntry(string Guide, string Enterprise, string Channel, string Problem, string Measures, string Resolution);

/// <summary>
/// 《企业指导员问题清单》 as seed 000 附件3 lays it out: the title, "日期：", then 指导员 | 企业名称 | 服务方式 | 收集问题 |
/// 措施方案 | 解决情况 (已解决、未解决、正在解决). Compiled every Friday at 14:00 for the leaders (DOMAIN.md §2).
/// </summary>
public static class WeeklyProblemListSheet
{
    public const string Title = "企业指导员问题清单";

    public static readonly string[] Header = ["指导员", "企业名称", "服务方式", "收集问题", "措施方案", "解决情况（已解决、未解决、正在解决）"];

    public static XlsxTable Table(DateOnly monday, DateOnly reportDay, IReadOnlyList<ProblemListEntry> entries) =>
        new(
            SheetName: $"问题清单{monday:yyyyMMdd}",
            Title: Title,
            Notes: [DateLine(monday, reportDay)],
            Header: Header,
            Rows: [.. entries
                .OrderBy(e => e.Guide, StringComparer.Ordinal)
                .ThenBy(e => e.Enterprise, StringComparer.Ordinal)
                .Select(e => (IReadOnlyList<string>)[e.Guide, e.Enterprise, e.Channel, e.Problem, e.Measures, e.Resolution])],
            ColumnWidths: [10, 24, 10, 40, 36, 14]);

    public static string DateLine(DateOnly monday, DateOnly reportDay) =>
        string.Create(CultureInfo.InvariantCulture, $"日期：{monday:yyyy年M月d日}—{monday.AddDays(6):M月d日}（{reportDay:M月d日}报送）");
}
