using EnvBot.Dialogs.Builder.Dialogs.Prompts;

namespace EnvBot.Dialogs.Tests.Builder.Dialogs.Prompts;

public sealed class ChineseNumberTests
{
    [Theory]
    [InlineData("零", 0)]
    [InlineData("一", 1)]
    [InlineData("两", 2)]
    [InlineData("三", 3)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("二十", 20)]
    [InlineData("二十三", 23)]
    [InlineData("一百", 100)]
    [InlineData("一百零五", 105)]
    [InlineData("一百一十", 110)]
    [InlineData("一百十", 110)]
    [InlineData("两千零一十", 2010)]
    [InlineData("三千五百二十一", 3521)]
    [InlineData("一万二千", 12000)]
    [InlineData("三万五千", 35000)]
    [InlineData("十万", 100000)]
    [InlineData("二十万零五百", 200500)]
    [InlineData("一亿二千万", 120000000)]
    [InlineData("二〇二六", 2026)]
    [InlineData("一二三", 123)]
    [InlineData("壹佰贰拾叁", 123)]
    public void ChineseNumber_TryParse_ValidNumeral_ReturnsValue(string text, long expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("百")]
    [InlineData("万")]
    [InlineData("五十百")]
    [InlineData("二三十")]
    [InlineData("十二a")]
    [InlineData("12")]
    [InlineData("三点五")]
    public void ChineseNumber_TryParse_Invalid_ReturnsFalse(string? text) =>
        Assert.False(ChineseNumber.TryParse(text, out _));

    [Theory]
    [InlineData("三点五", "3.5")]
    [InlineData("零点二五", "0.25")]
    [InlineData("十二点零五", "12.05")]
    [InlineData("七", "7")]
    public void ChineseNumber_TryParseDecimal_WithPoint_ReturnsDecimal(string text, string expected)
    {
        Assert.True(ChineseNumber.TryParseDecimal(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }
}
