using EnvBot.Data.Domain.Calendar;

namespace EnvBot.Data.Tests.Domain.Calendar;

public sealed class BureauWeekTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-25", "2026-11-23", "2026-11-29")] // Wednesday
    [InlineData("2026-11-23", "2026-11-23", "2026-11-29")] // Monday starts its week
    [InlineData("2026-11-29", "2026-11-23", "2026-11-29")] // Sunday ends it
    [InlineData("2026-11-30", "2026-11-30", "2026-12-06")] // week across a month boundary
    [InlineData("2027-01-01", "2026-12-28", "2027-01-03")] // week across a year boundary
    [InlineData("2028-02-29", "2028-02-28", "2028-03-05")] // leap day
    public void WeekOf_Date_ReturnsMondayToSunday(string date, string monday, string sunday)
    {
        Assert.Equal((D(monday), D(sunday)), BureauWeek.WeekOf(D(date)));
    }

    [Theory]
    [InlineData("2026-11-29T15:59:59Z", "2026-11-23")] // Sunday 23:59:59 in Shanghai
    [InlineData("2026-11-29T16:00:00Z", "2026-11-30")] // Monday 00:00 in Shanghai, still Sunday in UTC
    [InlineData("2026-11-30T00:30:00+08:00", "2026-11-30")]
    [InlineData("2026-11-29T12:00:00-05:00", "2026-11-30")] // Sunday noon in New York = Monday 01:00 Shanghai
    public void WeekOf_Instant_UsesShanghaiDate(string instant, string monday)
    {
        var at = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(D(monday), BureauWeek.WeekOf(at).Monday);
        Assert.Equal(D(monday).AddDays(6), BureauWeek.WeekOf(at).Sunday);
    }

    [Theory]
    [InlineData("2026-11-25", "2026-11-01", "2026-11-30")]
    [InlineData("2026-02-14", "2026-02-01", "2026-02-28")]
    [InlineData("2028-02-10", "2028-02-01", "2028-02-29")]
    [InlineData("2026-12-31", "2026-12-01", "2026-12-31")]
    [InlineData("2027-01-01", "2027-01-01", "2027-01-31")]
    public void MonthOf_Date_ReturnsFirstAndLastDay(string date, string first, string last)
    {
        Assert.Equal((D(first), D(last)), BureauWeek.MonthOf(D(date)));
    }

    [Theory]
    [InlineData("2026-11-30T15:59:59Z", 11)]
    [InlineData("2026-11-30T16:00:00Z", 12)] // 1 Dec 00:00 in Shanghai
    public void MonthOf_Instant_UsesShanghaiDate(string instant, int month)
    {
        var at = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(month, BureauWeek.MonthOf(at).First.Month);
    }

    [Theory]
    [InlineData("2026-01-01", 2026, 1)] // a Thursday: week 1
    [InlineData("2026-11-25", 2026, 48)]
    [InlineData("2026-12-31", 2026, 53)] // 2026 has 53 ISO weeks
    [InlineData("2027-01-01", 2026, 53)]
    [InlineData("2027-01-03", 2026, 53)]
    [InlineData("2027-01-04", 2027, 1)]
    [InlineData("2024-12-30", 2025, 1)] // Monday of week 1 of 2025
    public void IsoWeek_Date_ReturnsIsoYearAndNumber(string date, int year, int week)
    {
        Assert.Equal(week, BureauWeek.IsoWeekNumber(D(date)));
        Assert.Equal(year, BureauWeek.IsoWeekYear(D(date)));
    }
}
