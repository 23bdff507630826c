using System.Globalization;

namespace EnvBot.Data.Exports;

/// <summary>One block's month (or the total): what the bureau did for its enterprises.</summary>
public sealed record MonthlySummaryRow(
    string Block,
    int PairedEnterprises,
    int EnterprisesServed,
    int Contacts,
    IReadOnlyList<int> ContactsByChannel,
    int ProblemsCollected,
    int ProblemsSolved,
    int Bookings,
    int RectificationRecorded,
    int RectificationAccepted,
    int RectificationOpenAtMonthEnd,
    int HandedToEnforcement);

/// <summary>
/// The bureau's monthly summary (issue 10): per block, the enterprises paired and served, contacts by 服务方式
/// (seed 000's 电话、微信、QQ、现场走访, and 视频), problems collected and solved (DOMAIN.md §2), consultation-day bookings
/// (§1), health-check items recorded, accepted and still open at the month's end, and items handed to enforcement
/// (seed 002). A total row closes the table.
/// </summary>
public static class MonthlySummarySheet
{
    public static string Title(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"环保服务企业工作月度汇总（{year}年{month}月）");

    public static IReadOnlyList<string> Header(IReadOnlyList<string> channels) =>
        ["区块", "结对企业数", "服务企业数", "服务次数", .. channels, "收集问题", "已解决问题", "咨询日预约", "新增整改项", "通过整改项", "月末未完成整改项", "移交执法"];

    public static XlsxTable Table(int year, int month, IReadOnlyList<string> channels, IReadOnlyList<MonthlySummaryRow> rows)
    {
        var first = new DateOnly(year, month, 1);
        return new XlsxTable(
            SheetName: string.Create(CultureInfo.InvariantCulture, $"月度汇总{year:0000}{month:00}"),
            Title: Title(year, month),
            Notes: [string.Create(CultureInfo.InvariantCulture, $"统计期间：{first:yyyy年M月d日}—{first.AddMonths(1).AddDays(-1):M月d日}（服务记录按服务日期，预约按咨询日日期，整改项按记录、复核日期计）")],
            Header: Header(channels),
            Rows: [.. rows.Select(r => (IReadOnlyList<string>)[
                r.Block, N(r.PairedEnterprises), N(r.EnterprisesServed), N(r.Contacts), .. r.ContactsByChannel.Select(N),
                N(r.ProblemsCollected), N(r.ProblemsSolved), N(r.Bookings), N(r.RectificationRecorded), N(r.RectificationAccepted),
                N(r.RectificationOpenAtMonthEnd), N(r.HandedToEnforcement)])],
            ColumnWidths: [14, .. Enumerable.Repeat(10.0, 3 + channels.Count + 7)]);
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
