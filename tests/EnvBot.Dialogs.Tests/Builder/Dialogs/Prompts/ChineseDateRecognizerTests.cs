using EnvBot.Dialogs.Builder.Dialogs.Prompts;

namespace EnvBot.Dialogs.Tests.Builder.Dialogs.Prompts;

public sealed class ChineseDateRecognizerTests
{
    // Wednesday.
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData("今天", "2026-11-25")]
    [InlineData("明天", "2026-11-26")]
    [InlineData("后天", "2026-11-27")]
    [InlineData("大后天", "2026-11-28")]
    [InlineData("昨天", "2026-11-24")]
    [InlineData("前天", "2026-11-23")]
    [InlineData("下周三", "2026-12-02")]
    [InlineData("下星期一", "2026-11-30")]
    [InlineData("下周日", "2026-12-06")]
    [InlineData("上周三", "2026-11-18")]
    [InlineData("本周五", "2026-11-27")]
    [InlineData("这周一", "2026-11-23")]
    [InlineData("周三", "2026-11-25")]
    [InlineData("星期二", "2026-12-01")]
    [InlineData("礼拜天", "2026-11-29")]
    [InlineData("下下周三", "2026-12-09")]
    [InlineData("3月5日", "2027-03-05")]
    [InlineData("3月5号", "2027-03-05")]
    [InlineData("三月五日", "2027-03-05")]
    [InlineData("3.5", "2027-03-05")]
    [InlineData("12/10", "2026-12-10")]
    [InlineData("10月1日", "2026-10-01")]
    [InlineData("6月1日", "2026-06-01")]
    [InlineData("5月20日", "2027-05-20")]
    [InlineData("2026-03-05", "2026-03-05")]
    [InlineData("2026/3/5", "2026-03-05")]
    [InlineData("2026年3月5日", "2026-03-05")]
    [InlineData("二〇二六年三月五日", "2026-03-05")]
    [InlineData("２０２６年１２月１０日", "2026-12-10")]
    [InlineData(" 下周三上午 ", "2026-12-02")]
    [InlineData("我想约12月10号", "2026-12-10")]
    public void ChineseDateRecognizer_KnownForm_ResolvesAgainstToday(string text, string expected)
    {
        Assert.True(ChineseDateRecognizer.TryRecognize(text, Today, out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("13月1日")]
    [InlineData("3.5吨")]
    [InlineData("找个时间")]
    [InlineData("周八")]
    [InlineData("")]
    public void ChineseDateRecognizer_UnknownOrInvalid_ReturnsFalse(string text) =>
        Assert.False(ChineseDateRecognizer.TryRecognize(text, Today, out _));

    [Fact]
    public void ChineseDateRecognizer_Feb29WithoutYear_PicksNearestLeapYear()
    {
        Assert.True(ChineseDateRecognizer.TryRecognize("2月29日", new DateOnly(2027, 12, 1), out var date));
        Assert.Equal(new DateOnly(2028, 2, 29), date);
    }
}
