using System.Globalization;
using EnvBot.Data.Time;

namespace EnvBot.Data.Domain.Calendar;

/// <summary>
/// Week and month boundaries for the contact-frequency rules (DOMAIN.md §2: a phone contact every week, a visit every
/// month). A week runs Monday to Sunday (GB/T 7408 / ISO 8601), a month from the 1st to its last day, both on the
/// bureau's calendar in Asia/Shanghai.
/// </summary>
public static class BureauWeek
{
    /// <summary>The Monday and Sunday of the week <paramref name="date"/> falls in.</summary>
    public static (DateOnly Monday, DateOnly Sunday) WeekOf(DateOnly date)
    {
        // DayOfWeek counts from Sunday = 0; ISO weeks start on Monday.
        var daysSinceMonday = ((int)date.DayOfWeek + 6) % 7;
        var monday = date.AddDays(-daysSinceMonday);
        return (monday, monday.AddDays(6));
    }

    /// <summary>The week of an instant as a person in Zhoushan sees it (Sunday 16:30 UTC is already Monday there).</summary>
    public static (DateOnly Monday, DateOnly Sunday) WeekOf(DateTimeOffset instant) => WeekOf(BureauDate(instant));

    /// <summary>The first and last day of the month <paramref name="date"/> falls in.</summary>
    public static (DateOnly First, DateOnly Last) MonthOf(DateOnly date)
    {
        var first = new DateOnly(date.Year, date.Month, 1);
        return (first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>The month of an instant on the bureau's calendar.</summary>
    public static (DateOnly First, DateOnly Last) MonthOf(DateTimeOffset instant) => MonthOf(BureauDate(instant));

    /// <summary>ISO 8601 week number, 1–53 (2027-01-01 is in week 53 of 2026).</summary>
    public static int IsoWeekNumber(DateOnly date) => ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>The year an ISO week belongs to, which differs from the calendar year around 1 January.</summary>
    public static int IsoWeekYear(DateOnly date) => ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue));

    private static DateOnly BureauDate(DateTimeOffset instant) => DateOnly.FromDateTime(BureauTime.ToBureau(instant).DateTime);
}
