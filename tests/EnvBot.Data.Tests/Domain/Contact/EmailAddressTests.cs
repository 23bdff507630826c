using EnvBot.Data.Domain.Contact;

namespace EnvBot.Data.Tests.Domain.Contact;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("zhangsan@163.com", "zhangsan@163.com")]
    [InlineData("  12345678@qq.com ", "12345678@qq.com")]
    [InlineData("Zhang.San@Example.COM", "Zhang.San@example.com")] // domain lower-cased, local part kept
    [InlineData("env+booking@zs.gov.cn", "env+booking@zs.gov.cn")]
    [InlineData("li_si-01@mail.zjepb.gov.cn", "li_si-01@mail.zjepb.gov.cn")]
    [InlineData("ｗａｎｇ＠１２６．ｃｏｍ", "wang@126.com")] // full-width
    [InlineData("wang@126。com", "wang@126.com")] // ideographic full stop from a Chinese IME
    [InlineData("wang @ 126.com", "wang@126.com")]
    [InlineData("info@例子.中国", "info@例子.中国")] // internationalized domain
    public void TryParse_Valid_Normalizes(string input, string expected)
    {
        Assert.True(EmailAddress.TryParse(input, out var email, out var error), error);
        Assert.Equal(expected, email.ToString());
    }

    [Theory]
    [InlineData(null, "请输入电子邮箱。")]
    [InlineData(" ", "请输入电子邮箱。")]
    [InlineData("zhangsan163.com", "电子邮箱缺少“@”，例如 name@example.com。")]
    [InlineData("zhang@san@163.com", "电子邮箱只能包含一个“@”。")]
    [InlineData("@163.com", "电子邮箱“@”前面缺少用户名。")]
    [InlineData("zhangsan@", "电子邮箱“@”后面缺少域名，例如 qq.com、163.com。")]
    [InlineData("张三@163.com", "电子邮箱中不能使用“张”。")]
    [InlineData("zhang,san@163.com", "电子邮箱中不能使用“,”。")]
    [InlineData(".zhang@163.com", "电子邮箱“@”前面的部分不能以“.”开头或结尾，也不能有连续的“..”。")]
    [InlineData("zhang.@163.com", "电子邮箱“@”前面的部分不能以“.”开头或结尾，也不能有连续的“..”。")]
    [InlineData("zhang..san@163.com", "电子邮箱“@”前面的部分不能以“.”开头或结尾，也不能有连续的“..”。")]
    [InlineData("zhangsan@163", "电子邮箱的域名“163”不正确，请核对（例如 qq.com、163.com）。")]
    [InlineData("zhangsan@163..com", "电子邮箱的域名“163..com”不正确，请核对（例如 qq.com、163.com）。")]
    [InlineData("zhangsan@-163.com", "电子邮箱的域名“-163.com”不正确，请核对（例如 qq.com、163.com）。")]
    [InlineData("zhangsan@163.c", "电子邮箱的域名“163.c”不正确，请核对（例如 qq.com、163.com）。")]
    [InlineData("zhangsan@163.123", "电子邮箱的域名“163.123”不正确，请核对（例如 qq.com、163.com）。")]
    [InlineData("zhangsan@qq_mail.com", "电子邮箱的域名“qq_mail.com”不正确，请核对（例如 qq.com、163.com）。")]
    public void TryParse_Invalid_FailsWithChineseMessage(string? input, string expected)
    {
        Assert.False(EmailAddress.TryParse(input, out var email, out var error));
        Assert.Null(email);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryParse_LocalPartOver64Characters_FailsAsTooLong()
    {
        Assert.False(EmailAddress.TryParse(new string('a', 65) + "@qq.com", out _, out var error));
        Assert.Equal("电子邮箱过长，请核对。", error);
        Assert.True(EmailAddress.TryParse(new string('a', 64) + "@qq.com", out _, out _));
    }
}
