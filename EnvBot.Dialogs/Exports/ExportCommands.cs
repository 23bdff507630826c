using System.Globalization;
using System.Text.RegularExpressions;
using EnvBot.Data.Time;
using EnvBot.Dialogs.Guides;

namespace EnvBot.Dialogs.Exports;

/// <summary>
/// 导出结对清单 and 导出月度汇总 (issue 10): the reply is a signed, expiring download link (the spreadsheets name
/// enterprises and staff); the host builds the .xlsx when the link is opened.
/// </summary>
public sealed partial class ExportCommands(ReportLinks links, ReportLinkOptions options, TimeProvider time)
{
    public string PairingList() => ExportReplies.PairingList(BureauTime.Today(time), links.PairingList(BureauTime.Today(time)), options.Lifetime);

    public string MonthlySummary(string argument)
    {
        var today = BureauTime.Today(time);
        if (ReadMonth(argument, today) is not { } month)
        {
            return ExportReplies.MonthUsage;
        }
        return ExportReplies.MonthlySummary(month.Year, month.Month, links.MonthlySummary(month.Year, month.Month), options.Lifetime);
    }

    /// <summary>"2026-11", "2026年11月", "11月" (this year); nothing = last month, the last whole one.</summary>
    public static DateOnly? ReadMonth(string argument, DateOnly today)
    {
        var text = argument.Trim();
        if (text.Length == 0)
        {
            return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        }
        var m = Month().Match(text);
        if (!m.Success)
        {
            return null;
        }
        var year = m.Groups[1].Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : today.Year;
        var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && year is >= 2000 and <= 2100 ? new DateOnly(year, month, 1) : null;
    }

    [GeneratedRegex(@"^(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*月?(?:份)?$")]
    private static partial Regex Month();
}
