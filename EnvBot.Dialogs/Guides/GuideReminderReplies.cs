using System.Globalization;
using System.Text;
using EnvBot.Data.Domain.Compliance;
using EnvBot.Data.Exports;

namespace EnvBot.Dialogs.Guides;

/// <summary>What guides, block leads and the information officer read in the guide programme's reminders (issue 8).</summary>
public static class GuideReminderReplies
{
    public static string CallNudge(CompliancePeriod week, IEnumerable<(string Enterprise, string Rule)> open) =>
        string.Create(CultureInfo.InvariantCulture, $"【联系提醒】本周（{week.First:M月d日}–{week.Last:M月d日}）以下结对企业还没有电话联系记录，请本周内联系并发消息记录：\n")
        + Lines(open.Select(o => $"{o.Enterprise}（{o.Rule}）"));

    public static string VisitNudge(CompliancePeriod month, IEnumerable<(string Enterprise, string Rule)> open) =>
        string.Create(CultureInfo.InvariantCulture, $"【走访提醒】本月（{month.First:yyyy年M月}）以下结对企业还没有现场服务记录，请月底前走访并发消息记录：\n")
        + Lines(open.Select(o => $"{o.Enterprise}（{o.Rule}）"));

    public static string OverdueToLead(CompliancePeriod lastWeek, IEnumerable<(string Block, string Enterprise, string Guide, string Rule)> misses) =>
        string.Create(CultureInfo.InvariantCulture, $"【上周未达标】上周（{lastWeek.First:M月d日}–{lastWeek.Last:M月d日}）您负责区块内以下企业未达到联系频次，请督促：\n")
        + Lines(misses.Select(m => $"{m.Block} {m.Enterprise}（指导员：{m.Guide}；{m.Rule}）"));

    public static string ReportReminder(DateOnly reportDay, TimeOnly deadline) =>
        string.Create(CultureInfo.InvariantCulture, $"【周报提醒】本周还没有您的服务记录。请在 {reportDay:M月d日} {deadline:HH\\:mm} 前把本周收集和解决的问题发消息记录下来（如“今天电话联系了长宏，问危废贮存，已解答”），信息员届时汇总问题清单。");

    public const string NoGuide = "（未指定，由区块负责人负责）";

    public static string MonthlyRanking(string ranking) =>
        "【月度考核】" + ranking + "\n\n如需调整等级，请发送“调整考核 姓名 月份 等级 理由：……”。";

    public static string ProblemList(DateOnly monday, DateOnly reportDay, IReadOnlyList<ProblemListEntry> entries, string? link)
    {
        var b = new StringBuilder(WeeklyProblemListSheet.Title).Append('\n').Append(WeeklyProblemListSheet.DateLine(monday, reportDay)).Append('\n');
        if (entries.Count == 0)
        {
            b.Append("本周指导员没有记录需要上报的问题。");
        }
        var n = 0;
        foreach (var e in entries.OrderBy(e => e.Guide, StringComparer.Ordinal).ThenBy(e => e.Enterprise, StringComparer.Ordinal))
        {
            b.Append(CultureInfo.InvariantCulture, $"{++n}. {e.Guide}｜{e.Enterprise}｜{e.Channel}｜{e.Problem}｜{(e.Measures.Length == 0 ? "—" : e.Measures)}｜{e.Resolution}\n");
        }
        if (link is not null)
        {
            b.Append('\n').Append("下载 Excel（链接 7 天内有效，请勿转发）：").Append(link);
        }
        return b.ToString().TrimEnd();
    }

    private static string Lines(IEnumerable<string> lines) => string.Join("\n", lines.Select(l => "- " + l));
}
