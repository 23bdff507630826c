using EnvBot.Data.Domain.Calendar;
using EnvBot.Data.Domain.Pairings;

namespace EnvBot.Data.Domain.Compliance;

/// <summary>
/// The periods one month's assessment asks about (DOMAIN.md §2: a phone contact every week, a visit every month).
/// A week belongs to the month its Thursday falls in (the ISO 8601 convention), so every week is judged in exactly one
/// month and a week across the month's end is not asked twice. A week without a single working day (the National Day
/// week is all 放假) asks for nothing: nobody is marked down for not phoning during a public holiday.
/// </summary>
public sealed class AssessmentMonth
{
    private AssessmentMonth(int year, int month, IReadOnlyList<CompliancePeriod> weeks, IReadOnlyList<CompliancePeriod> holidayWeeks, CompliancePeriod whole, WorkingDayCalendar calendar)
    {
        Year = year;
        Month = month;
        Weeks = weeks;
        HolidayWeeks = holidayWeeks;
        Whole = whole;
        Calendar = calendar;
        FirstMonday = BureauWeek.WeekOf(new DateOnly(year, month, 1)).Monday;
        First = weeks.Count > 0 && weeks[0].First < whole.First ? weeks[0].First : whole.First;
        Last = weeks.Count > 0 && weeks[^1].Last > whole.Last ? weeks[^1].Last : whole.Last;
    }

    public int Year { get; }
    public int Month { get; }

    /// <summary>The weeks judged in this month that have at least one working day.</summary>
    public IReadOnlyList<CompliancePeriod> Weeks { get; }

    /// <summary>Weeks of this month with no working day; shown in explanations, never required.</summary>
    public IReadOnlyList<CompliancePeriod> HolidayWeeks { get; }

    /// <summary>The calendar month itself.</summary>
    public CompliancePeriod Whole { get; }

    public WorkingDayCalendar Calendar { get; }

    /// <summary>First and last day a contact can count for this month (weeks may reach into the neighbours).</summary>
    public DateOnly First { get; }
    public DateOnly Last { get; }

    internal DateOnly FirstMonday { get; }

    public static AssessmentMonth For(int year, int month, WorkingDayCalendar calendar)
    {
        var (first, last) = BureauWeek.MonthOf(new DateOnly(year, month, 1));
        var weeks = new List<CompliancePeriod>();
        var holidayWeeks = new List<CompliancePeriod>();
        for (var monday = BureauWeek.WeekOf(first).Monday; monday <= last; monday = monday.AddDays(7))
        {
            var thursday = monday.AddDays(3);
            if (thursday < first || thursday > last)
            {
                continue;
            }
            var week = new CompliancePeriod(FrequencyPeriod.Week, monday, monday.AddDays(6));
            (HasWorkingDay(calendar, week) ? weeks : holidayWeeks).Add(week);
        }
        return new AssessmentMonth(year, month, weeks, holidayWeeks, new CompliancePeriod(FrequencyPeriod.Month, first, last), calendar);
    }

    /// <summary>
    /// A period is required of a pairing only when the pairing covers it from its first to its last working day: a
    /// pairing made on a Wednesday is first asked about the next full week (and the next full month for visits).
    /// </summary>
    public bool IsRequired(CompliancePeriod period, DateOnly validFrom, DateOnly? validTo)
    {
        var firstWorking = Calendar.ThisOrNextWorkingDay(period.First);
        var lastWorking = Calendar.IsWorkingDay(period.Last) ? period.Last : Calendar.AddWorkingDays(period.Last, -1);
        return validFrom <= firstWorking && (validTo is null || lastWorking < validTo.Value);
    }

    private static bool HasWorkingDay(WorkingDayCalendar calendar, CompliancePeriod period)
    {
        for (var d = period.First; d <= period.Last; d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                return true;
            }
        }
        return false;
    }
}
