using EnvBot.Data.Time;

namespace EnvBot.Data.Domain.ConsultationDay;

/// <summary>
/// When the Enterprise Environmental Consultation Day happens and which session can still be booked.
/// DOMAIN.md §1 (seed 003): the 10th of every month, 08:30–11:30, holidays included; booking for a session closes
/// at the end of the month before it ("原则上每次活动前月月底停止预约登记").
/// </summary>
public static class ConsultationSchedule
{
    public const int SessionDay = 10;
    public static readonly TimeOnly Opens = new(8, 30);
    public static readonly TimeOnly Closes = new(11, 30);

    public static ConsultationSession SessionIn(int year, int month)
    {
        var date = new DateOnly(year, month, SessionDay);
        var firstOfMonth = new DateOnly(year, month, 1);
        // Closes at 24:00 on the last day of the month before = 00:00 on the 1st, Asia/Shanghai.
        return new ConsultationSession(date, Opens, Closes, BureauTime.At(firstOfMonth, TimeOnly.MinValue));
    }

    /// <summary>The next session that has not ended yet (it may already be closed for booking).</summary>
    public static ConsultationSession NextSession(DateTimeOffset now)
    {
        var local = BureauTime.ToBureau(now);
        var session = SessionIn(local.Year, local.Month);
        return local < BureauTime.At(session.Date, Closes) ? session : Following(session);
    }

    /// <summary>The first session whose booking is still open: on 25 Nov that is 10 Dec; from 1 Dec 00:00 it is 10 Jan.</summary>
    public static ConsultationSession NextBookableSession(DateTimeOffset now)
    {
        var local = BureauTime.ToBureau(now);
        var session = SessionIn(local.Year, local.Month);
        while (now >= session.BookingClosesAt)
        {
            session = Following(session);
        }
        return session;
    }

    /// <summary>
    /// The last day whose session (if any) has ended by <paramref name="now"/>: today from 11:30, else yesterday. A
    /// booking of a session on or before it can be rated ("after the session", issue 7).
    /// </summary>
    public static DateOnly LastEndedSessionDay(DateTimeOffset now)
    {
        var local = BureauTime.ToBureau(now);
        var today = DateOnly.FromDateTime(local.DateTime);
        return TimeOnly.FromDateTime(local.DateTime) >= Closes ? today : today.AddDays(-1);
    }

    private static ConsultationSession Following(ConsultationSession session)
    {
        var next = session.Date.AddMonths(1);
        return SessionIn(next.Year, next.Month);
    }
}
