using EnvBot.Data.Domain.Calendar;

namespace EnvBot.Data.Tests.Domain.Calendar;

/// <summary>
/// Dates are those of the State Council's 2026 notice as recorded in Seed/Calendar/2026.json: 元旦 1–3 Jan off, Sun 4 Jan
/// worked; 春节 15–23 Feb off, Sat 14 Feb and Sat 28 Feb worked; 中秋 25–27 Sep off; 国庆 1–7 Oct off, Sun 20 Sep and
/// Sat 10 Oct worked. 2027 has no notice in the data.
/// </summary>
public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // 元旦 2026 across the year boundary
    [InlineData("2025-12-31", true)] // Wednesday
    [InlineData("2026-01-01", false)] // Thursday, holiday
    [InlineData("2026-01-02", false)] // Friday, holiday
    [InlineData("2026-01-03", false)] // Saturday, holiday
    [InlineData("2026-01-04", true)] // Sunday, make-up working day
    [InlineData("2026-01-05", true)]
    // Spring Festival 2026
    [InlineData("2026-02-13", true)] // Friday
    [InlineData("2026-02-14", true)] // Saturday, make-up working day
    [InlineData("2026-02-15", false)] // Sunday, first day off
    [InlineData("2026-02-16", false)] // Monday, holiday
    [InlineData("2026-02-17", false)] // 春节 (正月初一)
    [InlineData("2026-02-20", false)] // Friday, holiday
    [InlineData("2026-02-21", false)] // Saturday, holiday
    [InlineData("2026-02-23", false)] // Monday, last day off
    [InlineData("2026-02-24", true)] // Tuesday, back at work
    [InlineData("2026-02-28", true)] // Saturday, make-up working day
    [InlineData("2026-03-01", false)] // ordinary Sunday
    // Mid-Autumn and National Day 2026
    [InlineData("2026-09-19", false)] // ordinary Saturday
    [InlineData("2026-09-20", true)] // Sunday, make-up working day for 国庆
    [InlineData("2026-09-25", false)] // Friday, 中秋
    [InlineData("2026-09-27", false)] // Sunday, 中秋
    [InlineData("2026-09-28", true)] // Monday
    [InlineData("2026-09-30", true)] // Wednesday
    [InlineData("2026-10-01", false)]
    [InlineData("2026-10-05", false)] // Monday, holiday
    [InlineData("2026-10-07", false)] // Wednesday, last day off
    [InlineData("2026-10-08", true)] // Thursday, back at work
    [InlineData("2026-10-10", true)] // Saturday, make-up working day
    [InlineData("2026-10-11", false)] // ordinary Sunday
    // 2018-12-29 was moved by the 2019 notice (listed in 2019's file)
    [InlineData("2018-12-29", true)] // Saturday, make-up working day
    [InlineData("2018-12-31", false)] // Monday, holiday
    // 2027: no notice yet, plain weeks
    [InlineData("2027-01-01", true)] // Friday: 元旦 in reality, unknown to the data (see CoverageWarning)
    [InlineData("2027-01-02", false)] // Saturday
    public void IsWorkingDay_Date_FollowsNoticeOrWeekday(string date, bool expected)
    {
        Assert.Equal(expected, China.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2026-02-14", true)]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-09-20", true)]
    [InlineData("2026-10-10", true)]
    [InlineData("2026-02-13", false)] // ordinary Friday
    [InlineData("2026-02-21", false)] // a Saturday off
    public void IsMakeUpWorkingDay_Date_IsTrueOnlyForWorkedWeekends(string date, bool expected)
    {
        Assert.Equal(expected, China.IsMakeUpWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2026-02-17", "春节")]
    [InlineData("2026-02-14", "春节")]
    [InlineData("2026-09-20", "国庆节")]
    [InlineData("2026-09-25", "中秋节")]
    [InlineData("2026-11-25", null)]
    public void HolidayName_Date_NamesListedDays(string date, string? expected)
    {
        Assert.Equal(expected, China.HolidayName(D(date)));
    }

    [Theory]
    [InlineData("2026-02-12", 1, "2026-02-13")]
    [InlineData("2026-02-13", 1, "2026-02-14")] // make-up Saturday counts
    [InlineData("2026-02-14", 1, "2026-02-24")] // the whole festival is skipped
    [InlineData("2026-02-12", 3, "2026-02-24")]
    [InlineData("2026-02-24", 4, "2026-02-28")]
    [InlineData("2026-02-17", 1, "2026-02-24")] // start on a holiday: not counted
    [InlineData("2026-09-18", 5, "2026-09-24")] // Sunday 20 Sep is worked
    [InlineData("2026-09-24", 1, "2026-09-28")]
    [InlineData("2026-09-30", 1, "2026-10-08")]
    [InlineData("2026-09-30", 2, "2026-10-09")]
    [InlineData("2026-09-30", 3, "2026-10-10")] // make-up Saturday
    [InlineData("2026-09-30", 4, "2026-10-12")]
    [InlineData("2026-09-30", 15, "2026-10-27")] // a 15-working-day deadline over National Day
    [InlineData("2026-10-01", 0, "2026-10-01")] // zero: the start itself, even on a holiday
    [InlineData("2025-12-31", 1, "2026-01-04")] // year boundary: 1–3 Jan off, Sunday 4 Jan worked
    [InlineData("2025-12-30", 2, "2026-01-04")]
    [InlineData("2026-12-31", 1, "2027-01-01")] // into 2027: plain weekdays (with a coverage warning)
    [InlineData("2026-10-08", -1, "2026-09-30")]
    [InlineData("2026-02-24", -1, "2026-02-14")]
    [InlineData("2026-01-05", -2, "2025-12-31")]
    public void AddWorkingDays_Start_ReturnsNthWorkingDayAfterStart(string start, int n, string expected)
    {
        Assert.Equal(D(expected), China.AddWorkingDays(D(start), n));
    }

    [Theory]
    [InlineData("2026-09-30", "2026-10-08", 1)]
    [InlineData("2026-09-18", "2026-09-24", 5)]
    [InlineData("2026-02-13", "2026-02-28", 6)] // 14, 24, 25, 26, 27, 28
    [InlineData("2026-02-15", "2026-02-23", 0)]
    [InlineData("2026-10-08", "2026-10-08", 0)]
    [InlineData("2026-10-08", "2026-09-30", -1)]
    [InlineData("2025-12-31", "2026-12-31", 248)] // all of 2026: 261 weekdays − 19 weekday holidays + 6 make-up days
    public void WorkingDaysBetween_Range_CountsDaysAfterStartUpToEnd(string start, string end, int expected)
    {
        Assert.Equal(expected, China.WorkingDaysBetween(D(start), D(end)));
    }

    [Theory]
    [InlineData("2026-02-13", "2026-02-14")]
    [InlineData("2026-02-14", "2026-02-24")]
    [InlineData("2026-09-30", "2026-10-08")]
    [InlineData("2026-10-09", "2026-10-10")]
    [InlineData("2025-12-31", "2026-01-04")]
    [InlineData("2026-11-27", "2026-11-30")] // Friday → Monday
    public void NextWorkingDay_Date_IsFirstWorkingDayStrictlyAfter(string date, string expected)
    {
        Assert.Equal(D(expected), China.NextWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2026-10-03", "2026-10-08")]
    [InlineData("2026-10-10", "2026-10-10")]
    [InlineData("2026-11-25", "2026-11-25")]
    public void ThisOrNextWorkingDay_Date_KeepsWorkingDayOrMovesForward(string date, string expected)
    {
        Assert.Equal(D(expected), China.ThisOrNextWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2026-02-10")]
    [InlineData("2026-09-17")]
    [InlineData("2025-12-20")]
    [InlineData("2026-10-03")]
    public void AddWorkingDays_AnyN_IsInverseOfWorkingDaysBetween(string start)
    {
        var s = D(start);
        for (var n = 0; n <= 60; n++)
        {
            var due = China.AddWorkingDays(s, n);
            Assert.Equal(n, China.WorkingDaysBetween(s, due));
            if (n > 0)
            {
                Assert.True(China.IsWorkingDay(due));
            }
        }
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(2020)]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Coverage_PublishedYear_IsComplete(int year)
    {
        Assert.True(China.HasDataFor(year));
        Assert.Equal(CalendarCoverage.Complete, China.CoverageOf(year));
        Assert.Null(China.CoverageWarning(year));
        Assert.NotEmpty(China.SourcesFor(year));
    }

    [Theory]
    [InlineData(2027)] // file present, empty until the State Council publishes
    [InlineData(2018)] // before the data set (even though three of its days are listed in 2019's file)
    [InlineData(2030)]
    public void Coverage_UnpublishedYear_IsMissingWithChineseWarning(int year)
    {
        Assert.False(China.HasDataFor(year));
        Assert.Equal(CalendarCoverage.Missing, China.CoverageOf(year));
        Assert.Equal(
            $"{year}年的法定节假日和调休安排尚未收录（国务院办公厅通常在上一年11月至12月发布放假通知），" +
            $"{year}年的工作日暂按周一至周五计算，遇节假日和调休可能有出入，请以国务院办公厅通知为准。",
            China.CoverageWarning(year));
    }

    [Fact]
    public void SourcesFor_2026_NamesTheStateCouncilNotice()
    {
        Assert.Equal(["https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"], China.SourcesFor(2026));
    }

    [Theory]
    [InlineData("2026-01-01", "2026-12-20", false)]
    [InlineData("2026-12-01", "2026-12-24", false)]
    [InlineData("2026-12-01", "2026-12-28", true)] // last week of December: 2027's notice may move days
    [InlineData("2026-11-25", "2027-01-15", true)]
    [InlineData("2027-01-15", "2026-11-25", true)] // reversed range
    [InlineData("2027-03-01", "2027-03-31", true)]
    public void CoverageWarning_Range_WarnsWhenAnyYearReliedOnIsMissing(string from, string to, bool warns)
    {
        var warning = China.CoverageWarning(D(from), D(to));
        if (warns)
        {
            Assert.NotNull(warning);
            Assert.StartsWith("2027年的法定节假日和调休安排尚未收录", warning);
        }
        else
        {
            Assert.Null(warning);
        }
    }

    [Fact]
    public void Coverage_PartialYear_NamesTheMissingHolidays()
    {
        var calendar = WorkingDayCalendar.FromJson([
            """
            { "year": 2027, "papers": ["https://www.gov.cn/example"],
              "days": [ { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
                        { "name": "春节", "date": "2027-02-08", "isOffDay": true } ] }
            """,
        ]);

        Assert.Equal(CalendarCoverage.Partial, calendar.CoverageOf(2027));
        Assert.False(calendar.HasDataFor(2027));
        Assert.Equal(
            "2027年的节假日数据不完整（缺少清明节、劳动节、端午节、中秋节、国庆节的安排），未收录的日期暂按周一至周五计算，请以国务院办公厅通知为准。",
            calendar.CoverageWarning(2027));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 1))); // what is listed is still used
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 10, 1))); // what isn't is a plain Friday
    }

    [Fact]
    public void Coverage_AllHolidaysButNoSourceNotice_IsPartial()
    {
        var days = string.Join(",", WorkingDayCalendar.StatutoryHolidays.Select((name, i) =>
            $$"""{ "name": "{{name}}", "date": "2030-0{{i + 1}}-01", "isOffDay": true }"""));
        var calendar = WorkingDayCalendar.FromJson([$$"""{ "year": 2030, "papers": [], "days": [{{days}}] }"""]);

        Assert.Equal(CalendarCoverage.Partial, calendar.CoverageOf(2030));
        Assert.Contains("未注明所依据的国务院办公厅通知", calendar.CoverageWarning(2030));
    }

    [Fact]
    public void FromJson_CombinedHolidayName_CountsForBoth()
    {
        // 2020, 2023 and 2025 list "国庆节、中秋节" / "中秋节、国庆节" as one holiday.
        Assert.Equal(CalendarCoverage.Complete, China.CoverageOf(2023));
        Assert.Equal("国庆节、中秋节", China.HolidayName(new DateOnly(2025, 10, 1)));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{ "year": 2030 }""")]
    [InlineData("""{ "year": 2030, "papers": [], "days": [ { "name": "元旦", "date": "2030/01/01", "isOffDay": true } ] }""")]
    public void FromJson_MalformedDocument_ThrowsInvalidData(string json)
    {
        Assert.Throws<InvalidDataException>(() => WorkingDayCalendar.FromJson([json]));
    }

    [Fact]
    public void FromJson_TwoDocumentsDisagreeAboutADate_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => WorkingDayCalendar.FromJson([
            """{ "year": 2030, "papers": [], "days": [ { "name": "元旦", "date": "2030-12-31", "isOffDay": true } ] }""",
            """{ "year": 2031, "papers": [], "days": [ { "name": "元旦", "date": "2030-12-31", "isOffDay": false } ] }""",
        ]));
    }

    [Fact]
    public void EmbeddedData_MatchesSharedCalendarFiles()
    {
        // Seed/Calendar is a copy of shared/data/calendar; every year 2019–2027 must be embedded.
        var names = typeof(WorkingDayCalendar).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("EnvBot.Data.Seed.Calendar.", StringComparison.Ordinal))
            .Order()
            .ToList();
        Assert.Equal(Enumerable.Range(2019, 9).Select(y => $"EnvBot.Data.Seed.Calendar.{y}.json"), names);
    }
}
