using EnvBot.Data.Domain.Calendar;
using EnvBot.Data.Domain.Pairings;
using EnvBot.Data.Time;

namespace EnvBot.Data.Domain.Compliance;

/// <summary>
/// Which guide reminders are due at an instant (issue 8). Never on a day off: a nudge whose day is a holiday moves to
/// the next working day of the same week (a make-up Saturday counts), a deadline reminder moves to the last working day
/// before it; a week with no such day has none. A reminder stays pending until its period is over, so one missed while
/// the host was down is still sent when it is back if it is still relevant — and the caller sends each (kind, period)
/// once.
/// </summary>
public static class GuideReminderSchedule
{
    public static IReadOnlyList<PendingReminder> Pending(DateTimeOffset now, GuideReminderOptions options, WorkingDayCalendar calendar)
    {
        var today = DateOnly.FromDateTime(BureauTime.ToBureau(now).DateTime);
        var (monday, sunday) = BureauWeek.WeekOf(today);
        var week = new CompliancePeriod(FrequencyPeriod.Week, monday, sunday);
        var (first, last) = BureauWeek.MonthOf(today);
        var endOfWeek = BureauTime.At(sunday.AddDays(1), TimeOnly.MinValue);
        var pending = new List<PendingReminder>();

        void Add(GuideReminderKind kind, CompliancePeriod about, DateOnly? day, TimeOnly at, DateTimeOffset relevantUntil)
        {
            if (day is { } d && BureauTime.At(d, at) is var due && due <= now && now < relevantUntil)
            {
                pending.Add(new PendingReminder(kind, about, due, relevantUntil));
            }
        }

        Add(GuideReminderKind.WeeklyCallNudge, week, ThisOrLaterInWeek(calendar, DayIn(week, options.CallNudgeDay)), options.CallNudgeAt, endOfWeek);
        var visitDay = FirstWorkingDayFrom(calendar, first.AddDays(options.VisitNudgeAfterDay), last);
        Add(GuideReminderKind.MonthlyVisitNudge, new CompliancePeriod(FrequencyPeriod.Month, first, last), visitDay, options.VisitNudgeAt, BureauTime.At(last.AddDays(1), TimeOnly.MinValue));
        var lastWeek = new CompliancePeriod(FrequencyPeriod.Week, monday.AddDays(-7), sunday.AddDays(-7));
        Add(GuideReminderKind.OverdueToBlockLead, lastWeek, ThisOrLaterInWeek(calendar, DayIn(week, options.OverdueDay)), options.OverdueAt, endOfWeek);
        var reportDay = ThisOrEarlierInWeek(calendar, DayIn(week, options.ReportDay));
        if (reportDay is { } rd)
        {
            // The reminder is only worth sending before the deadline; the list is compiled whenever the host can.
            Add(GuideReminderKind.WeeklyReportReminder, week, rd, options.ReportReminderAt, BureauTime.At(rd, options.ProblemListAt));
            Add(GuideReminderKind.WeeklyProblemList, week, rd, options.ProblemListAt, endOfWeek);
        }
        // DOMAIN.md §2: last month's grades go to the leaders on the first working day after every contact that counts
        // for that month is in (its last week, judged by its Thursday, may end in this month's first days).
        var previousMonth = first.AddMonths(-1);
        var previous = AssessmentMonth.For(previousMonth.Year, previousMonth.Month, calendar);
        var rankingDay = FirstWorkingDayFrom(calendar, previous.Last.AddDays(1), last);
        Add(GuideReminderKind.MonthlyRanking, previous.Whole, rankingDay, options.RankingAt, BureauTime.At(last.AddDays(1), TimeOnly.MinValue));
        return pending;
    }

    /// <summary>The day the weekly report is due in the week of <paramref name="date"/>, or null in a week with no working day before it.</summary>
    public static DateOnly? ReportDay(DateOnly date, GuideReminderOptions options, WorkingDayCalendar calendar)
    {
        var (monday, sunday) = BureauWeek.WeekOf(date);
        return ThisOrEarlierInWeek(calendar, DayIn(new CompliancePeriod(FrequencyPeriod.Week, monday, sunday), options.ReportDay));
    }

    private static DateOnly DayIn(CompliancePeriod week, DayOfWeek day) => week.First.AddDays(((int)day + 6) % 7);

    private static DateOnly? ThisOrLaterInWeek(WorkingDayCalendar calendar, DateOnly day)
    {
        var sunday = BureauWeek.WeekOf(day).Sunday;
        return FirstWorkingDayFrom(calendar, day, sunday);
    }

    private static DateOnly? ThisOrEarlierInWeek(WorkingDayCalendar calendar, DateOnly day)
    {
        var monday = BureauWeek.WeekOf(day).Monday;
        for (var d = day; d >= monday; d = d.AddDays(-1))
        {
            if (calendar.IsWorkingDay(d))
            {
                return d;
            }
        }
        return null;
    }

    private static DateOnly? FirstWorkingDayFrom(WorkingDayCalendar calendar, DateOnly from, DateOnly until)
    {
        for (var d = from; d <= until; d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                return d;
            }
        }
        return null;
    }
}
