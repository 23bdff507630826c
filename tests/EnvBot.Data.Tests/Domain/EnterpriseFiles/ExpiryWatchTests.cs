using System.Globalization;
using EnvBot.Data.Domain.Calendar;
using EnvBot.Data.Domain.EnterpriseFiles;

namespace EnvBot.Data.Tests.Domain.EnterpriseFiles;

/// <summary>
/// Issue 10 expiry watch: which reminders are due on a day, across the 2026 中秋/国庆 holiday (9-25…10-07 off,
/// Sunday 9-20 and Saturday 10-10 made working days). 排污许可管理条例 第十四条: renewal 60 days before expiry.
/// </summary>
public sealed class ExpiryWatchTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.China;
    private static readonly ExpiryWatchOptions Options = new();

    private static DateTimeOffset At(string local) => new(DateTime.Parse(local, CultureInfo.InvariantCulture), TimeSpan.FromHours(8));

    private static DatedItem Permit(string due, long id = 1) =>
        new(id, 6, "浙江金鹰股份有限公司", ExpiryKind.DischargePermit, "91330900xxxx001P", DateOnly.Parse(due, CultureInfo.InvariantCulture));

    private static IReadOnlyList<int> Due(DatedItem item, string at) => ExpiryWatch.DueAt([item], At(at), Options, Calendar).Select(r => r.LeadDays).ToList();

    [Fact]
    public void SixtyDayReminder_FallingOnNationalDay_IsSentOnTheFirstWorkingDayAfter()
    {
        // Expiry 2026-12-01: 60 days before is Friday 10-02, a holiday; the holiday ends Wednesday 10-07.
        var permit = Permit("2026-12-01");
        Assert.Equal(new DateOnly(2026, 10, 8), ExpiryWatch.SendOn(permit.Due, 60, Calendar));
        foreach (var day in new[] { "2026-10-02", "2026-10-03", "2026-10-05", "2026-10-07" })
        {
            // Only the 90-day reminder (9-02) was due before; on days off nothing is sent at all.
            Assert.Empty(Due(permit, day + " 10:00"));
        }
        Assert.Equal([90], Due(permit, "2026-09-30 10:00"));
        Assert.Equal([60], Due(permit, "2026-10-08 09:00"));
        Assert.Empty(Due(permit, "2026-10-08 08:59")); // not before the configured time of day
    }

    [Fact]
    public void MakeUpSaturday_IsAWorkingDay_TheReminderGoesOutThen()
    {
        // Expiry 2026-12-09: 60 days before is Saturday 10-10, a make-up working day (调休上班).
        var permit = Permit("2026-12-09");
        Assert.True(Calendar.IsMakeUpWorkingDay(new DateOnly(2026, 10, 10)));
        Assert.Equal(new DateOnly(2026, 10, 10), ExpiryWatch.SendOn(permit.Due, 60, Calendar));
        Assert.Equal([60], Due(permit, "2026-10-10 09:30"));
        // An ordinary weekend sends nothing: the 30-day reminder (Monday 11-09) is not pulled forward to Sunday 11-08.
        Assert.Equal([60], Due(permit, "2026-11-06 09:30"));
        Assert.Empty(Due(permit, "2026-11-08 09:30"));
        Assert.Equal([30], Due(permit, "2026-11-09 09:30"));
    }

    [Fact]
    public void AReminderStaysPendingUntilTheNextLeadTime_ThenStopsAfterExpiry()
    {
        var permit = Permit("2027-03-31");
        Assert.Empty(Due(permit, "2026-12-30 10:00")); // 91 days before
        Assert.Equal([90], Due(permit, "2026-12-31 10:00"));
        Assert.Equal([90], Due(permit, "2027-01-28 10:00")); // after downtime it is still sent (once: the caller's key)
        // 60 days before is Saturday 01-30: the reminder waits for Monday 02-01.
        Assert.Equal([90], Due(permit, "2027-01-29 10:00"));
        Assert.Empty(Due(permit, "2027-01-30 10:00"));
        Assert.Equal([60], Due(permit, "2027-02-01 10:00"));
        Assert.Equal([30], Due(permit, "2027-03-31 10:00"));
        Assert.Empty(Due(permit, "2027-04-01 10:00"));
    }

    [Fact]
    public void ItemRecordedLate_GetsOnlyTheShortestLeadTimeReached()
    {
        // Recorded with 40 days left: the 90- and 60-day reminders are past; only the 60-day one (the latest reached) is due.
        Assert.Equal([60], Due(Permit("2027-01-04"), "2026-11-25 10:00"));
    }

    [Fact]
    public void EmergencyPlan_IsDueThreeYearsAfterFiling_WithItsOwnLeadTimes()
    {
        var options = new ExpiryWatchOptions { EmergencyPlanLeadDays = [30] };
        var due = ExpiryWatch.DueDate(ExpiryKind.EmergencyPlan, new DateOnly(2024, 5, 1), options);
        Assert.Equal(new DateOnly(2027, 5, 1), due);
        var plan = new DatedItem(2, 6, "浙江金鹰股份有限公司", ExpiryKind.EmergencyPlan, null, due);
        // 30 days before 2027-05-01 is Thursday 04-01.
        Assert.Single(ExpiryWatch.DueAt([plan], At("2027-04-01 09:00"), options, Calendar));
        Assert.Empty(ExpiryWatch.DueAt([plan], At("2027-03-31 09:00"), options, Calendar));
        Assert.Equal([90, 60, 30], ExpiryWatch.LeadDays(ExpiryKind.DischargePermit, options));
    }
}
