using System.Globalization;

namespace EnvBot.Dialogs.Exports;

/// <summary>Every user-facing text of the exports leaders ask for in chat (issue 10).</summary>
public static class ExportReplies
{
    public const string MonthUsage = "请按“导出月度汇总 2026-11”或“导出月度汇总 2026年11月”指定月份；不写月份时导出上个月。";

    public static string PairingList(DateOnly day, string link, TimeSpan lifetime) =>
        string.Create(CultureInfo.InvariantCulture, $"结对服务企业清单（截至 {day:yyyy年M月d日}，含对企联络员和联系领导）：[下载 Excel]({link})\n链接 {Days(lifetime)} 天内有效，请勿转发。");

    public static string MonthlySummary(int year, int month, string link, TimeSpan lifetime) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月 环保服务企业工作月度汇总（按区块：服务企业、服务方式、问题收集与解决、咨询日预约、体检整改）：[下载 Excel]({link})\n链接 {Days(lifetime)} 天内有效，请勿转发。");

    private static string Days(TimeSpan lifetime) => Math.Max(1, (int)Math.Round(lifetime.TotalDays)).ToString(CultureInfo.InvariantCulture);
}
