using EnvBot.Data.Domain.Calendar;
using EnvBot.Data.Time;

namespace EnvBot.Data.Domain.Notices;

/// <summary>When an unacknowledged notice is reminded, and when it goes on the phone-call list (issue 10).</summary>
public static class NoticeRules
{
    /// <summary>
    /// <paramref name="from"/> plus the allowed working days, at the same wall-clock time, holiday-aware: told Wednesday
    /// 30 September 2026 10:00 before the National Day break (1–7 October off), one working day ends Thursday
    /// 8 October 10:00. Told on a day off, the clock starts at the next working day's <see cref="NoticeOptions.WorkdayStart"/>.
    /// </summary>
    public static DateTimeOffset AcknowledgementDue(DateTimeOffset from, NoticeOptions options, WorkingDayCalendar calendar)
    {
        var local = BureauTime.ToBureau(from);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (!calendar.IsWorkingDay(date))
        {
            date = calendar.NextWorkingDay(date);
            time = options.WorkdayStart;
        }
        return BureauTime.At(calendar.AddWorkingDays(date, options.AcknowledgeWithinWorkingDays), time);
    }

    /// <summary>A sent, unacknowledged, not yet reminded delivery is reminded once its acknowledgement time has passed.</summary>
    public static bool ReminderDue(NoticeDelivery d, DateTimeOffset now, NoticeOptions options, WorkingDayCalendar calendar) =>
        d.AcknowledgedAt is null && d.RemindedAt is null && d.ListedForCallAt is null && d.SentAt is { } sent
        && AcknowledgementDue(sent, options, calendar) <= now;

    /// <summary>Reminded and still unacknowledged after the same time again: listed for a phone call.</summary>
    public static bool CallDue(NoticeDelivery d, DateTimeOffset now, NoticeOptions options, WorkingDayCalendar calendar) =>
        d.AcknowledgedAt is null && d.ListedForCallAt is null && d.RemindedAt is { } reminded
        && AcknowledgementDue(reminded, options, calendar) <= now;
}
