using EnvBot.Data.Domain.Calendar;
using EnvBot.Data.Domain.Compliance;

namespace EnvBot.Data.Tests.Domain.Compliance;

public sealed class GuideReminderScheduleTests
{
    private static readonly GuideReminderOptions Options = new();
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static IReadOnlyList<PendingReminder> At(int y, int m, int d, int hour, int minute = 0) =>
        GuideReminderSchedule.Pending(new DateTimeOffset(y, m, d, hour, minute, 0, Shanghai), Options, WorkingDayCalendar.China);

    private static PendingReminder? Find(IReadOnlyList<PendingReminder> pending, GuideReminderKind kind) =>
        pending.Where(p => p.Kind == kind).Cast<PendingReminder?>().FirstOrDefault();

    [Fact]
    public void CallNudge_ThursdayNineOClock_NotAMinuteBefore()
    {
        Assert.Null(Find(At(2026, 11, 26, 8, 59), GuideReminderKind.WeeklyCallNudge));
        var nudge = Find(At(2026, 11, 26, 9, 0), GuideReminderKind.WeeklyCallNudge);
        Assert.Equal(new DateOnly(2026, 11, 23), nudge!.Value.About.First);
    }

    [Fact]
    public void CallNudge_ThursdayIsNewYearsDay_MovesToTheMakeUpSunday()
    {
        // 2026-01-01 (Thu) to 01-03 are off; Sunday 01-04 is a make-up working day (调休上班).
        Assert.Null(Find(At(2026, 1, 3, 12), GuideReminderKind.WeeklyCallNudge));
        Assert.Equal(new DateTimeOffset(2026, 1, 4, 9, 0, 0, Shanghai), Find(At(2026, 1, 4, 10), GuideReminderKind.WeeklyCallNudge)!.Value.DueAt);
    }

    [Fact]
    public void CallNudge_AWeekWithNoWorkingDayFromThursdayOn_HasNone()
    {
        // National Day 2026: 1–7 October off; Thursday 1 Oct to Sunday 4 Oct are all days off.
        Assert.Null(Find(At(2026, 10, 4, 20), GuideReminderKind.WeeklyCallNudge));
    }

    [Fact]
    public void WeeklyReport_FridayIsAHoliday_DeadlineMovesToTheLastWorkingDayBefore()
    {
        // Friday 2 Jan 2026 and Thursday 1 Jan are off: report and list on Wednesday 31 Dec 2025.
        Assert.Equal(new DateOnly(2025, 12, 31), GuideReminderSchedule.ReportDay(new DateOnly(2026, 1, 2), Options, WorkingDayCalendar.China));
        var pending = At(2025, 12, 31, 14, 5);
        Assert.NotNull(Find(pending, GuideReminderKind.WeeklyProblemList));
        Assert.Null(Find(pending, GuideReminderKind.WeeklyReportReminder));
        Assert.NotNull(Find(At(2025, 12, 31, 13, 30), GuideReminderKind.WeeklyReportReminder));
    }

    [Fact]
    public void WeeklyReportReminder_MissedWhileDown_IsDroppedAfterTheDeadline_ButTheListIsStillCompiled()
    {
        var pending = At(2026, 11, 27, 16);

        Assert.Null(Find(pending, GuideReminderKind.WeeklyReportReminder));
        var list = Find(pending, GuideReminderKind.WeeklyProblemList)!.Value;
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 14, 0, 0, Shanghai), list.DueAt);
    }

    [Fact]
    public void VisitNudge_AfterThe20th_OnTheFirstWorkingDay_AndPendingToMonthEnd()
    {
        // 21–22 Nov 2026 are a weekend: the nudge is due Monday 23 Nov and still pending on the 30th.
        Assert.Null(Find(At(2026, 11, 22, 12), GuideReminderKind.MonthlyVisitNudge));
        var nudge = Find(At(2026, 11, 30, 23), GuideReminderKind.MonthlyVisitNudge)!.Value;
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 0, 0, Shanghai), nudge.DueAt);
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), (nudge.About.First, nudge.About.Last));
        Assert.Null(Find(At(2026, 12, 1, 9, 30), GuideReminderKind.MonthlyVisitNudge));
    }

    [Fact]
    public void OverdueList_MondayIsAHoliday_GoesOnTheWeeksFirstWorkingDay_AboutLastWeek()
    {
        Assert.Null(Find(At(2026, 10, 7, 12), GuideReminderKind.OverdueToBlockLead));
        var overdue = Find(At(2026, 10, 8, 9), GuideReminderKind.OverdueToBlockLead)!.Value;
        Assert.Equal(new DateOnly(2026, 9, 28), overdue.About.First);
    }

    [Fact]
    public void InstantsAreReadInShanghai_SundayEveningUtcIsAlreadyTheNewWeekThere()
    {
        // 2026-11-22T16:30Z is Monday 00:30 in Zhoushan: last week's nudge is over, this week's overdue list not yet due.
        var justAfterMidnight = GuideReminderSchedule.Pending(new DateTimeOffset(2026, 11, 22, 16, 30, 0, TimeSpan.Zero), Options, WorkingDayCalendar.China);
        Assert.Null(Find(justAfterMidnight, GuideReminderKind.WeeklyCallNudge));
        Assert.Null(Find(justAfterMidnight, GuideReminderKind.OverdueToBlockLead));

        var nineInShanghai = GuideReminderSchedule.Pending(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero), Options, WorkingDayCalendar.China);
        Assert.Equal(new DateOnly(2026, 11, 16), Find(nineInShanghai, GuideReminderKind.OverdueToBlockLead)!.Value.About.First);
    }

    [Fact]
    public void MonthlyRanking_WaitsForTheLastWeekJudgedInTheMonth_ThenTheFirstWorkingDay()
    {
        // October 2026's last week is 26 Oct – 1 Nov (its Thursday is in October): the ranking waits for Monday 2 Nov.
        Assert.Null(Find(At(2026, 11, 1, 12), GuideReminderKind.MonthlyRanking));
        Assert.Null(Find(At(2026, 11, 2, 8, 59), GuideReminderKind.MonthlyRanking));
        var ranking = Find(At(2026, 11, 2, 9), GuideReminderKind.MonthlyRanking)!.Value;
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), (ranking.About.First, ranking.About.Last));
        // Still pending later in the month (a host that was down sends it once when back); the caller keys it per month.
        Assert.NotNull(Find(At(2026, 11, 20, 9), GuideReminderKind.MonthlyRanking));
    }

    [Fact]
    public void MonthlyRanking_NeverOnADayOff_SeptemberWaitsForTheEndOfNationalDay()
    {
        // 1–7 October 2026 are off: September's ranking goes out on Thursday 8 October.
        Assert.Null(Find(At(2026, 10, 5, 10), GuideReminderKind.MonthlyRanking));
        Assert.Equal(new DateTimeOffset(2026, 10, 8, 9, 0, 0, Shanghai), Find(At(2026, 10, 8, 9, 30), GuideReminderKind.MonthlyRanking)!.Value.DueAt);
    }
}
