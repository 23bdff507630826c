using EnvBot.Data.Domain.Calendar;
using EnvBot.Data.Time;

namespace EnvBot.Data.Domain.EnterpriseFiles;

public enum ExpiryKind
{
    /// <summary>排污许可证 expiry (排污许可管理条例 第十四条).</summary>
    DischargePermit,
    /// <summary>应急预案 revision due (filing + <see cref="ExpiryWatchOptions.EmergencyPlanRevisionYears"/>).</summary>
    EmergencyPlan,
}

/// <summary>A dated item of a file: <paramref name="EntryId"/> is the file entry it comes from, so a renewed permit (a newer entry) is watched afresh.</summary>
public sealed record DatedItem(long EntryId, int EnterpriseId, string EnterpriseName, ExpiryKind Kind, string? Number, DateOnly Due);

/// <summary>A reminder to send: the item, which lead time it is for, and the working day it fell due on.</summary>
public sealed record DueReminder(DatedItem Item, int LeadDays, DateOnly SendOn)
{
    public int DaysLeft(DateOnly today) => Item.Due.DayNumber - today.DayNumber;
}

/// <summary>
/// Which expiry reminders are due at a moment (issue 10 "expiry watch"). Pure: the job and the tests call it with any
/// clock. For each lead time L the reminder falls due on day (due − L), moved to the next working day when that is a
/// day off (a make-up Saturday is a working day, WorkingDayCalendar), and from the configured time of day. It then
/// stays pending until the next, shorter lead time falls due or the item's date has passed, so a run after downtime
/// still sends it; nothing is sent on a day off. The caller sends each (item, lead time) once (outbox key).
/// </summary>
public static class ExpiryWatch
{
    public static DateOnly DueDate(ExpiryKind kind, DateOnly fileDate, ExpiryWatchOptions options) =>
        kind == ExpiryKind.EmergencyPlan ? fileDate.AddYears(options.EmergencyPlanRevisionYears) : fileDate;

    public static IReadOnlyList<int> LeadDays(ExpiryKind kind, ExpiryWatchOptions options) =>
        ((kind == ExpiryKind.EmergencyPlan ? options.EmergencyPlanLeadDays : options.PermitLeadDays) is { Length: > 0 } days ? days : ExpiryWatchOptions.DefaultLeadDays).Where(d => d >= 0).Distinct().OrderByDescending(d => d).ToList();

    /// <summary>The working day the reminder for <paramref name="leadDays"/> is sent on.</summary>
    public static DateOnly SendOn(DateOnly due, int leadDays, WorkingDayCalendar calendar) => calendar.ThisOrNextWorkingDay(due.AddDays(-leadDays));

    public static IReadOnlyList<DueReminder> DueAt(IEnumerable<DatedItem> items, DateTimeOffset now, ExpiryWatchOptions options, WorkingDayCalendar calendar)
    {
        var local = BureauTime.ToBureau(now);
        var today = DateOnly.FromDateTime(local.DateTime);
        if (!calendar.IsWorkingDay(today) || TimeOnly.FromDateTime(local.DateTime) < options.SendFrom)
        {
            return [];
        }
        var due = new List<DueReminder>();
        foreach (var item in items)
        {
            if (today > item.Due)
            {
                continue;
            }
            // The shortest lead time already reached is the one pending; longer ones were (or should have been) sent before.
            var reached = LeadDays(item.Kind, options)
                .Select(l => new DueReminder(item, l, SendOn(item.Due, l, calendar)))
                .Where(r => r.SendOn <= today)
                .LastOrDefault();
            if (reached is not null)
            {
                due.Add(reached);
            }
        }
        return due;
    }
}
