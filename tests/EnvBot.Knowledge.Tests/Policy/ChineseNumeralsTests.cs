using EnvBot.Knowledge.Policy;

namespace EnvBot.Knowledge.Tests.Policy;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("四十五", 45)]
    [InlineData("一千零五十七", 1057)]
    [InlineData("一千二百四十二", 1242)]
    [InlineData("十二", 12)]
    [InlineData("一百一十", 110)]
    [InlineData("一百零五", 105)]
    [InlineData("两百", 200)]
    [InlineData("45", 45)]
    [InlineData("１０５７", 1057)]
    public void TryParse_ChineseOrArabic_ReturnsNumber(string text, int expected)
    {
        Assert.True(ChineseNumerals.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(45, "四十五")]
    [InlineData(1057, "一千零五十七")]
    [InlineData(10, "十")]
    [InlineData(15, "十五")]
    [InlineData(110, "一百一十")]
    [InlineData(1100, "一千一百")]
    [InlineData(1010, "一千零一十")]
    [InlineData(1242, "一千二百四十二")]
    public void ToChinese_Number_ReturnsStatuteStyle(int value, string expected) => Assert.Equal(expected, ChineseNumerals.ToChinese(value));

    [Fact]
    public void ToChineseThenTryParse_AllArticleNumbers_RoundTrip()
    {
        for (var n = 1; n <= 1300; n++)
        {
            Assert.True(ChineseNumerals.TryParse(ChineseNumerals.ToChinese(n), out var back));
            Assert.Equal(n, back);
        }
    }

    [Fact]
    public void TryParse_NotANumber_ReturnsFalse() => Assert.False(ChineseNumerals.TryParse("几", out _));
}
