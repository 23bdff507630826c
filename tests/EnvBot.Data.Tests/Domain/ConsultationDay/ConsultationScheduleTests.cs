using System.Globalization;
using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Time;
using Microsoft.Extensions.Time.Testing;

namespace EnvBot.Data.Tests.Domain.ConsultationDay;

/// <summary>DOMAIN.md §1: the 10th of every month 08:30–11:30, holidays included; booking closes at the end of the month before.</summary>
public sealed class ConsultationScheduleTests
{
    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-25T09:00:00+08:00", "2026-12-10")] // DOMAIN.md §1's own example
    [InlineData("2026-11-01T00:00:00+08:00", "2026-12-10")] // November's own session is already closed
    [InlineData("2026-11-10T09:00:00+08:00", "2026-12-10")] // even on November's session day
    [InlineData("2026-11-30T23:59:59+08:00", "2026-12-10")] // last second of November
    [InlineData("2026-11-30T23:59:59.999+08:00", "2026-12-10")]
    [InlineData("2026-12-01T00:00:00+08:00", "2027-01-10")] // booking for 10 Dec closed at midnight
    [InlineData("2026-12-10T09:00:00+08:00", "2027-01-10")]
    [InlineData("2026-12-31T23:59:59+08:00", "2027-01-10")]
    [InlineData("2027-01-01T00:00:00+08:00", "2027-02-10")] // across the year boundary
    // The same instants in UTC and other offsets: the month that counts is Shanghai's.
    [InlineData("2026-11-25T01:00:00Z", "2026-12-10")]
    [InlineData("2026-11-30T15:59:59Z", "2026-12-10")] // 23:59:59 on 30 Nov in Shanghai
    [InlineData("2026-11-30T16:00:00Z", "2027-01-10")] // 00:00 on 1 Dec in Shanghai, still 30 Nov in UTC
    [InlineData("2026-11-30T12:00:00-05:00", "2027-01-10")] // 30 Nov noon in New York = 1 Dec 01:00 Shanghai
    [InlineData("2026-12-31T16:00:00Z", "2027-02-10")] // 1 Jan 2027 00:00 Shanghai
    public void NextBookableSession_Now_IsFirstSessionWhoseBookingIsOpen(string now, string expected)
    {
        var session = ConsultationSchedule.NextBookableSession(At(now));

        Assert.Equal(D(expected), session.Date);
        Assert.True(At(now) < session.BookingClosesAt);
    }

    [Fact]
    public void NextBookableSession_On25November_ClosesAtMidnightStartingDecember()
    {
        var session = ConsultationSchedule.NextBookableSession(At("2026-11-25T09:00:00+08:00"));

        Assert.Equal(At("2026-12-01T00:00:00+08:00"), session.BookingClosesAt);
        Assert.Equal(At("2026-11-30T16:00:00Z"), session.BookingClosesAt);
        Assert.Equal(At("2026-12-10T08:30:00+08:00"), session.StartsAt);
        Assert.Equal(new TimeOnly(11, 30), session.Closes);
    }

    [Fact]
    public void NextBookableSession_FromFakeClockInUtc_MatchesShanghaiMonth()
    {
        // The path the bot takes: TimeProvider → BureauTime.Now → rule.
        var clock = new FakeTimeProvider(At("2026-11-30T15:59:59Z"));
        Assert.Equal(D("2026-12-10"), ConsultationSchedule.NextBookableSession(BureauTime.Now(clock)).Date);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(D("2027-01-10"), ConsultationSchedule.NextBookableSession(BureauTime.Now(clock)).Date);
    }

    [Theory]
    [InlineData("2026-12-10T08:00:00+08:00", "2026-12-10")] // before it opens
    [InlineData("2026-12-10T11:29:00+08:00", "2026-12-10")] // still running
    [InlineData("2026-12-10T11:29:59+08:00", "2026-12-10")]
    [InlineData("2026-12-10T11:30:00+08:00", "2027-01-10")] // ended at 11:30
    [InlineData("2026-12-10T11:31:00+08:00", "2027-01-10")]
    [InlineData("2026-12-10T03:29:00Z", "2026-12-10")] // 11:29 Shanghai
    [InlineData("2026-12-10T03:31:00Z", "2027-01-10")] // 11:31 Shanghai
    [InlineData("2026-12-09T16:00:00Z", "2026-12-10")] // 00:00 on the 10th in Shanghai
    [InlineData("2026-11-25T09:00:00+08:00", "2026-12-10")]
    [InlineData("2026-12-31T12:00:00+08:00", "2027-01-10")]
    [InlineData("2026-10-10T09:00:00+08:00", "2026-10-10")] // a make-up working Saturday: held as usual
    public void NextSession_Now_IsSessionThatHasNotEnded(string now, string expected)
    {
        Assert.Equal(D(expected), ConsultationSchedule.NextSession(At(now)).Date);
    }

    [Fact]
    public void SessionIn_SundayOrHoliday_IsStillOnThe10th()
    {
        // "节假日照常进行": 10 Jan 2027 is a Sunday, 10 Oct 2026 a make-up working Saturday.
        Assert.Equal(DayOfWeek.Sunday, ConsultationSchedule.SessionIn(2027, 1).Date.DayOfWeek);
        Assert.Equal(D("2027-01-10"), ConsultationSchedule.SessionIn(2027, 1).Date);
        Assert.Equal(At("2027-01-01T00:00:00+08:00"), ConsultationSchedule.SessionIn(2027, 1).BookingClosesAt);
    }

    [Theory]
    [InlineData("2026-12-10T11:29:59+08:00", "2026-12-09")] // still under way: not yet "after the session"
    [InlineData("2026-12-10T11:30:00+08:00", "2026-12-10")]
    [InlineData("2026-12-10T03:30:00Z", "2026-12-10")] // the same instant on a UTC clock
    [InlineData("2026-12-11T00:00:00+08:00", "2026-12-10")]
    public void LastEndedSessionDay_Now_IsTodayOnlyFrom1130Shanghai(string now, string expected)
    {
        Assert.Equal(D(expected), ConsultationSchedule.LastEndedSessionDay(At(now)));
    }
}
