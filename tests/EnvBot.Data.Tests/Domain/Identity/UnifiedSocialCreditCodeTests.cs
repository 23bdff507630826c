using EnvBot.Data.Domain.Identity;

namespace EnvBot.Data.Tests.Domain.Identity;

public sealed class UnifiedSocialCreditCodeTests
{
    // Codes published on the business licences / public registration records of well-known companies, and the worked
    // example of GB 32100-2015; each one was checked against this implementation, none was computed by it.
    [Theory]
    [InlineData("91440300708461136T")] // 深圳市腾讯计算机系统有限公司
    [InlineData("91330100799655058B")] // 阿里巴巴（中国）有限公司
    [InlineData("914403001922038216")] // 华为技术有限公司
    [InlineData("91110000802100433B")] // 北京百度网讯科技有限公司
    [InlineData("91110108551385082Q")] // 小米科技有限责任公司
    [InlineData("91350100M000100Y43")] // GB 32100-2015 example
    public void TryParse_PublishedRealCode_Succeeds(string input)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(input, out var code, out var error), error);
        Assert.Null(error);
        Assert.Equal(input, code.ToString());
    }

    // Generated codes exercise every check-character branch, including a check value of 31 → "0" and letters.
    public static TheoryData<string> GeneratedCodes() => new(GeneratedCodeStrings());

    private static IEnumerable<string> GeneratedCodeStrings()
    {
        foreach (var first17 in new[]
        {
            "91330902MA2A0B1C2", "91330903313665432", "92330921MA2DKX1J8", "52330900MJ9876543", "12330900002222222",
            "93330922MA28Y6T7X", "Y1330900A00000000", "11330000000000000", "91330900000000000",
        })
        {
            yield return CheckCharacters.CompleteUscc(first17);
        }
        for (var i = 0; i < 31; i++)
        {
            // Vary one character through the whole alphabet, so every check character 0…Y appears.
            yield return CheckCharacters.CompleteUscc("913309027" + "0123456789ABCDEFGHJKLMNPQRTUWXY"[i] + "1234567");
        }
    }

    [Theory]
    [MemberData(nameof(GeneratedCodes))]
    public void TryParse_GeneratedValidCode_Succeeds(string input)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(input, out var code, out var error), error);
        Assert.Equal(input, code.ToString());
    }

    [Fact]
    public void TryParse_GeneratedCodes_CoverEveryCheckCharacter()
    {
        var checks = GeneratedCodeStrings().Select(code => code[17]).ToHashSet();
        Assert.Equal(31, checks.Count);
    }

    [Theory]
    [InlineData("  91440300708461136T  ", "91440300708461136T")] // surrounding spaces
    [InlineData("9144 0300 7084 6113 6T", "91440300708461136T")] // grouped with spaces
    [InlineData("914403-00708461136-T", "91440300708461136T")] // hyphens
    [InlineData("91440300708461136t", "91440300708461136T")] // lower-case
    [InlineData("９１４４０３００７０８４６１１３６Ｔ", "91440300708461136T")] // full-width digits and letter
    [InlineData("９１４４０３００７０８４６１１３６ｔ", "91440300708461136T")] // full-width lower-case
    [InlineData("9144\u30000300\u3000708461136T", "91440300708461136T")] // ideographic spaces
    [InlineData("91350100m000100y43", "91350100M000100Y43")]
    [InlineData("9135０１００Ｍ０００１００－Ｙ４３", "91350100M000100Y43")] // full-width hyphen
    public void TryParse_TypedTheWayManagersTypeIt_Normalizes(string input, string expected)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(input, out var code, out var error), error);
        Assert.Equal(expected, code.ToString());
    }

    [Theory]
    [InlineData(null, "请输入统一社会信用代码（18位，见营业执照）。")]
    [InlineData("", "请输入统一社会信用代码（18位，见营业执照）。")]
    [InlineData("   ", "请输入统一社会信用代码（18位，见营业执照）。")]
    [InlineData("9144030070846113", "统一社会信用代码应为18位，您输入了16位。")]
    [InlineData("91440300708461136", "统一社会信用代码应为18位，您输入了17位。")]
    [InlineData("91440300708461136T1", "统一社会信用代码应为18位，您输入了19位。")]
    [InlineData("9144 0300 7084 6113 6", "统一社会信用代码应为18位，您输入了17位。")] // counted after normalizing
    [InlineData("9144I300708461136T", "第5位“I”不是统一社会信用代码中使用的字符（不使用 I、O、Z、S、V）。")]
    [InlineData("9144ｉ300708461136T", "第5位“I”不是统一社会信用代码中使用的字符（不使用 I、O、Z、S、V）。")]
    [InlineData("O1440300708461136T", "第1位“O”不是统一社会信用代码中使用的字符（不使用 I、O、Z、S、V）。")]
    [InlineData("91440300708461136Z", "第18位“Z”不是统一社会信用代码中使用的字符（不使用 I、O、Z、S、V）。")]
    [InlineData("914403007084611S6T", "第16位“S”不是统一社会信用代码中使用的字符（不使用 I、O、Z、S、V）。")]
    [InlineData("91440300708V61136T", "第12位“V”不是统一社会信用代码中使用的字符（不使用 I、O、Z、S、V）。")]
    [InlineData("914403007084611/6T", "第16位“/”不是统一社会信用代码中使用的字符（不使用 I、O、Z、S、V）。")]
    [InlineData("9144030070846113统T", "第17位“统”不是统一社会信用代码中使用的字符（不使用 I、O、Z、S、V）。")]
    [InlineData("9144A300708461136T", "第3–8位是登记管理机关的行政区划码，应为数字，第5位“A”不是数字。")]
    [InlineData("91440300708461136A", "校验位不正确：最后一位应为“T”，请核对。如果前17位中有输错的字符，也会出现此提示，请对照营业执照逐位核对。")]
    [InlineData("91440300708461163T", "校验位不正确：最后一位应为“L”，请核对。如果前17位中有输错的字符，也会出现此提示，请对照营业执照逐位核对。")] // transposed digits
    [InlineData("91350100M000100Y40", "校验位不正确：最后一位应为“3”，请核对。如果前17位中有输错的字符，也会出现此提示，请对照营业执照逐位核对。")]
    public void TryParse_Invalid_FailsWithPreciseChineseMessage(string? input, string expected)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(input, out var code, out var error));
        Assert.Null(code);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryParse_AnySingleCharacterChanged_FailsTheCheck()
    {
        // GB 32100-2015: the MOD 31 check catches every single-character substitution.
        const string valid = "91330100799655058B";
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (var position = 0; position < 18; position++)
        {
            foreach (var replacement in alphabet.Where(c => c != valid[position]))
            {
                if (position is >= 2 and < 8 && !char.IsAsciiDigit(replacement))
                {
                    continue; // a letter in the division code fails earlier, with its own message
                }
                var mutated = valid[..position] + replacement + valid[(position + 1)..];
                Assert.False(UnifiedSocialCreditCode.TryParse(mutated, out _, out _), mutated);
            }
        }
    }

    [Fact]
    public void Parts_ZhoushanDinghaiCode_ExposeRegistrationAuthorityArea()
    {
        var input = CheckCharacters.CompleteUscc("91330902MA2A0B1C2");
        Assert.True(UnifiedSocialCreditCode.TryParse(input, out var code, out _));

        Assert.Equal('9', code.RegistrationDepartmentCode);
        Assert.Equal('1', code.OrganizationCategoryCode);
        Assert.Equal("330902", code.AdministrativeDivisionCode); // 定海区
        Assert.Equal("330900", code.CityDivisionCode); // 舟山市
        Assert.Equal("330000", code.ProvinceDivisionCode); // 浙江省
        Assert.Equal("MA2A0B1C2", code.OrganizationIdentifier);
        Assert.Equal(input[17], code.CheckCharacter);
    }

    [Fact]
    public void Equality_SameCodeTypedDifferently_IsEqual()
    {
        Assert.True(UnifiedSocialCreditCode.TryParse("91440300708461136T", out var a, out _));
        Assert.True(UnifiedSocialCreditCode.TryParse("９１４４ ０３００ ７０８４ ６１１３ ６ｔ", out var b, out _));
        Assert.True(UnifiedSocialCreditCode.TryParse("91330100799655058B", out var c, out _));

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.True(a != c);
    }
}
