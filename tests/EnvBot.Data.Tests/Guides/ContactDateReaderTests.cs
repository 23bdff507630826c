using EnvBot.Data.Guides;

namespace EnvBot.Data.Tests.Guides;

/// <summary>Dates as guides write them, read against the day the message was sent in Zhoushan (issue 8).</summary>
public sealed class ContactDateReaderTests
{
    [Theory]
    [InlineData("今天电话", "2026-03-12", "2026-03-12")]
    [InlineData("昨天去的", "2026-03-12", "2026-03-11")]
    [InlineData("前天", "2026-03-12", "2026-03-10")]
    [InlineData("上周三现场", "2026-03-12", "2026-03-04")] // Thursday: last week's Wednesday, not yesterday
    [InlineData("周三现场", "2026-03-12", "2026-03-11")]
    [InlineData("周五电话", "2026-03-12", "2026-03-06")] // a bare weekday still ahead this week is last week's
    [InlineData("上周五电话", "2026-03-16", "2026-03-13")] // Monday
    [InlineData("周五我去现场复查", "2026-03-10", "2026-03-13")] // a plan for this week's Friday
    [InlineData("周五前整改完", "2026-03-10", "2026-03-13")]
    [InlineData("周五 再去看看", "2026-03-10", "2026-03-13")]
    [InlineData("周五去复查了", "2026-03-10", "2026-03-06")] // done (了): last week's
    [InlineData("3月5日", "2026-03-12", "2026-03-05")]
    [InlineData("三月五号", "2026-03-12", "2026-03-05")]
    [InlineData("3.5去的", "2026-03-12", "2026-03-05")]
    [InlineData("12.28走访", "2027-01-03", "2026-12-28")] // no year, written in January: last December
    [InlineData("5号", "2026-03-12", "2026-03-05")]
    [InlineData("20号", "2026-03-12", "2026-02-20")] // a day not yet reached this month is last month's
    [InlineData("本月3号现场", "2026-06-05", "2026-06-03")] // a number right after 月, the month named relatively
    [InlineData("这个月3号", "2026-06-05", "2026-06-03")]
    [InlineData("这月三号", "2026-06-05", "2026-06-03")]
    [InlineData("本月3日", "2026-06-05", "2026-06-03")]
    [InlineData("上个月28号去的", "2026-06-05", "2026-05-28")]
    [InlineData("放假前一天到厂里看了", "2026-05-06", "2026-04-30")] // May Day 2026 is off 1–5 May
    [InlineData("节前最后一天电话", "2026-10-09", "2026-09-30")] // National Day 2026 starts on 1 October
    [InlineData("上个月底去看了", "2026-04-08", "2026-03-31")]
    [InlineData("上月末打电话问的", "2026-03-02", "2026-02-28")]
    [InlineData("昨儿下午去的", "2026-11-10", "2026-11-09")] // spoken forms (blind set 86)
    [InlineData("前晚打电话过来", "2026-10-31", "2026-10-29")]
    [InlineData("国庆回来第一天去走访", "2026-10-21", "2026-10-08")] // the first working day after the holiday
    [InlineData("节后第一天电话", "2026-10-21", "2026-10-08")]
    [InlineData("上个月底那个周五去看了", "2026-11-04", "2026-10-30")] // not the month's last day
    [InlineData("这个月初的周一去的", "2026-11-20", "2026-11-02")]
    [InlineData("10号咨询日的前一天去走访", "2026-11-12", "2026-11-09")]
    public void Reads(string text, string today, string expected)
    {
        var dates = ContactDateReader.Read(text, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(dates).Date);
    }

    [Theory]
    [InlineData("补录：11月4号（周三）石化QQ上问我", "2026-11-04")] // 4 November 2026 is a Wednesday: the same day
    [InlineData("11月16日周一去金星螺杆现场", "2026-11-16")]
    public void WeekdayAgreeingWithTheDate_IsThatDate(string text, string expected) =>
        Assert.All(ContactDateReader.Read(text, new DateOnly(2026, 11, 28)), d => Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), d.Date));

    [Fact]
    public void WeekdayDisagreeingWithTheDate_StaysAnotherDay() =>
        // 4 November 2026 is a Wednesday, not a Thursday: two different days, for the extractor to ask about.
        Assert.Equal(2, ContactDateReader.Read("11月4号（周四）去的", new DateOnly(2026, 11, 13)).Select(d => d.Date).Distinct().Count());

    [Theory]
    [InlineData("排放超标3.5倍")]
    [InlineData("高度不够15米")]
    [InlineData("日常检查")]
    [InlineData("要求5日内修复")] // a span of days, not the 5th
    public void QuantitiesAreNotDates(string text) =>
        Assert.Empty(ContactDateReader.Read(text, new DateOnly(2026, 3, 12)));

    [Theory]
    [InlineData("上个月底已经截止了")] // when something else happened, not the contact
    [InlineData("月底前装好")] // a deadline
    public void MonthEndThatIsNoContact_IsNoDate(string text) =>
        Assert.Empty(ContactDateReader.Read(text, new DateOnly(2026, 4, 8)));

    [Theory]
    [InlineData("2026-09-02", "3号去现场", true)] // 3 August, a month back: doubtful
    [InlineData("2026-09-02", "28号去现场", false)] // 28 August, five days back
    [InlineData("2026-09-20", "3号去现场", false)] // this month
    public void ABareDayWeeksBackInLastMonth_IsDoubtful(string today, string text, bool doubtful) =>
        Assert.Equal(doubtful, Assert.Single(ContactDateReader.Read(text, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture))).Doubtful);

    [Fact]
    public void SentAtIsReadInShanghai_SundayEveningUtcIsMondayThere()
    {
        // 2026-03-15 21:30 UTC is Monday 16 March 05:30 in Zhoushan: "今天" is the 16th (before 05:00 it is asked).
        var x = ContactExtractor.Extract("今天电话长宏，无问题", new DateTimeOffset(2026, 3, 15, 21, 30, 0, TimeSpan.Zero),
            [new PairedEnterprise(1, "舟山长宏国际船舶修造有限公司(+再生利用)", true)]);
        Assert.Equal(new DateOnly(2026, 3, 16), x.Date);
    }
}
