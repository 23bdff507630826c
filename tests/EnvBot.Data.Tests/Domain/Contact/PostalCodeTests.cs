using EnvBot.Data.Domain.Contact;

namespace EnvBot.Data.Tests.Domain.Contact;

public sealed class PostalCodeTests
{
    [Theory]
    [InlineData("316000", "316000")] // 舟山市定海区
    [InlineData(" 316000 ", "316000")]
    [InlineData("316 000", "316000")]
    [InlineData("３１６０００", "316000")]
    [InlineData("316-100", "316100")]
    [InlineData("010010", "010010")] // a leading zero is kept (呼和浩特)
    public void TryParse_SixDigits_Succeeds(string input, string expected)
    {
        Assert.True(PostalCode.TryParse(input, out var code, out var error), error);
        Assert.Equal(expected, code.ToString());
    }

    [Theory]
    [InlineData(null, "请输入6位邮政编码。")]
    [InlineData("", "请输入6位邮政编码。")]
    [InlineData("31600", "邮政编码应为6位数字，您输入了5位。")]
    [InlineData("3160001", "邮政编码应为6位数字，您输入了7位。")]
    [InlineData("31600O", "邮政编码只能包含数字，第6位“O”不是数字。")]
    [InlineData("舟山316000", "邮政编码只能包含数字，第1位“舟”不是数字。")]
    public void TryParse_Invalid_FailsWithChineseMessage(string? input, string expected)
    {
        Assert.False(PostalCode.TryParse(input, out var code, out var error));
        Assert.Null(code);
        Assert.Equal(expected, error);
    }
}
