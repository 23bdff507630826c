using EnvBot.Data.Domain.Identity;

namespace EnvBot.Data.Tests.Domain.Identity;

public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    // The worked example printed in GB 11643-1999 (a woman born 1949-12-31 in 北京市朝阳区); verified, not computed.
    private const string StandardExample = "11010519491231002X";

    public static TheoryData<string> ValidNumbers() =>
    [
        StandardExample,
        CheckCharacters.CompleteResidentId("33090219900101123"), // 定海区, 1990-01-01
        CheckCharacters.CompleteResidentId("33090320000229004"), // leap day 2000
        CheckCharacters.CompleteResidentId("33092119000101001"), // earliest allowed birth date
        CheckCharacters.CompleteResidentId("33092220261125001"), // born today
        CheckCharacters.CompleteResidentId("81000019850615002"), // Hong Kong resident's residence permit
        CheckCharacters.CompleteResidentId("93310019880808001"), // 2023 foreign permanent-resident ID card
    ];

    [Theory]
    [MemberData(nameof(ValidNumbers))]
    public void TryParse_ValidNumber_Succeeds(string input)
    {
        Assert.True(ResidentIdNumber.TryParse(input, Today, out var id, out var error), error);
        Assert.Null(error);
        Assert.Equal(input, id.RevealForAuthorizedUse());
    }

    [Fact]
    public void TryParse_GeneratedNumbers_CoverEveryCheckCharacter()
    {
        var checks = new HashSet<char>();
        for (var sequence = 100; checks.Count < 11 && sequence < 999; sequence++)
        {
            var number = CheckCharacters.CompleteResidentId($"33090219851010{sequence}");
            Assert.True(ResidentIdNumber.TryParse(number, Today, out _, out var error), error);
            checks.Add(number[17]);
        }
        Assert.Equal(11, checks.Count);
    }

    [Theory]
    [InlineData("11010519491231002x")] // lower-case x
    [InlineData(" 110105 19491231 002X ")] // grouped with spaces
    [InlineData("110105-19491231-002X")]
    [InlineData("１１０１０５１９４９１２３１００２ｘ")] // full-width digits and x
    [InlineData("110105\u300019491231\u3000002Ｘ")]
    public void TryParse_TypedWithSpacesOrFullWidth_Normalizes(string input)
    {
        Assert.True(ResidentIdNumber.TryParse(input, Today, out var id, out var error), error);
        Assert.Equal(StandardExample, id.RevealForAuthorizedUse());
    }

    [Theory]
    [InlineData(null, "请输入18位居民身份证号码。")]
    [InlineData(" ", "请输入18位居民身份证号码。")]
    [InlineData("11010519491231002", "身份证号码应为18位，您输入了17位。")]
    [InlineData("11010519491231002X0", "身份证号码应为18位，您输入了19位。")]
    [InlineData("110105491231002", "15位的旧身份证号码已停止使用，请输入18位身份证号码。")]
    [InlineData("1101O519491231002X", "身份证号码第5位“O”应为数字。")]
    [InlineData("X10105194912310020", "身份证号码第1位“X”应为数字。")]
    [InlineData("11010519491231002Y", "身份证号码最后一位“Y”应为数字或 X。")]
    [InlineData("110105194913310021", "身份证号码第7–14位的出生日期不是有效日期，请核对。")] // month 13
    [InlineData("110105190102290021", "身份证号码第7–14位的出生日期不是有效日期，请核对。")] // 1901 is not a leap year
    [InlineData("110105202302290021", "身份证号码第7–14位的出生日期不是有效日期，请核对。")]
    [InlineData("110105199904310021", "身份证号码第7–14位的出生日期不是有效日期，请核对。")] // 31 April
    [InlineData("110105199900000021", "身份证号码第7–14位的出生日期不是有效日期，请核对。")]
    [InlineData("440524188001010014", "身份证号码第7–14位的出生日期早于1900年，请核对。")] // GB 11643-1999's own example, born 1880
    [InlineData("110105189912310021", "身份证号码第7–14位的出生日期早于1900年，请核对。")]
    [InlineData("110105202611260021", "身份证号码第7–14位的出生日期晚于今天，请核对。")] // tomorrow
    [InlineData("110105203001010021", "身份证号码第7–14位的出生日期晚于今天，请核对。")]
    [InlineData("110105194912310021", "身份证号码校验位不正确，请对照身份证逐位核对。")]
    [InlineData("110105194912310020", "身份证号码校验位不正确，请对照身份证逐位核对。")]
    [InlineData("11010519491231020X", "身份证号码校验位不正确，请对照身份证逐位核对。")] // transposed digits
    public void TryParse_Invalid_FailsWithPreciseChineseMessage(string? input, string expected)
    {
        Assert.False(ResidentIdNumber.TryParse(input, Today, out var id, out var error));
        Assert.Null(id);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryParse_FailureMessages_NeverRepeatTheNumberOrItsBirthDate()
    {
        foreach (var input in new[] { "110105194912310021", "110105202611260021", "110105194913310021", "11010519491231002" })
        {
            Assert.False(ResidentIdNumber.TryParse(input, Today, out _, out var error));
            Assert.DoesNotContain("19491231", error);
            Assert.DoesNotContain("20261126", error);
            Assert.DoesNotContain("1949", error);
            Assert.DoesNotContain(input[..6], error);
        }
    }

    [Fact]
    public void TryParse_BornTomorrowRelativeToToday_DependsOnTodayParameter()
    {
        var number = CheckCharacters.CompleteResidentId("33090220261126001");
        Assert.False(ResidentIdNumber.TryParse(number, new DateOnly(2026, 11, 25), out _, out _));
        Assert.True(ResidentIdNumber.TryParse(number, new DateOnly(2026, 11, 26), out _, out _));
    }

    [Fact]
    public void Masked_ValidNumber_ShowsFirstFourAndLastFour()
    {
        var number = CheckCharacters.CompleteResidentId("33090219900101123");
        Assert.True(ResidentIdNumber.TryParse(number, Today, out var id, out _));

        Assert.Equal("3309**********123" + number[17], id.Masked);
        Assert.Equal(18, id.Masked.Length);
        Assert.Equal("1101**********002X", Parse(StandardExample).Masked);
    }

    [Fact]
    public void ToString_AndInterpolation_GiveMaskedFormOnly()
    {
        var id = Parse(StandardExample);

        Assert.Equal("1101**********002X", id.ToString());
        Assert.Equal("身份证：1101**********002X", $"身份证：{id}");
        Assert.DoesNotContain("19491231", string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", id));
    }

    [Fact]
    public void Serialization_SystemTextJson_WritesOnlyTheMaskedForm()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Parse(StandardExample));

        Assert.DoesNotContain("19491231", json);
        Assert.Contains("1101**********002X", json);
    }

    [Fact]
    public void Equality_SameNumberTypedDifferently_IsEqual()
    {
        var a = Parse(StandardExample);
        var b = Parse("110105 19491231 002x");
        var c = Parse(CheckCharacters.CompleteResidentId("33090219900101123"));

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != c);
    }

    private static ResidentIdNumber Parse(string input)
    {
        Assert.True(ResidentIdNumber.TryParse(input, Today, out var id, out var error), error);
        return id;
    }
}
