using EnvBot.Data.Domain.Contact;

namespace EnvBot.Data.Tests.Domain.Contact;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("13800138000", "13800138000")]
    [InlineData("138 0013 8000", "13800138000")]
    [InlineData("138-0013-8000", "13800138000")]
    [InlineData("１３８００１３８０００", "13800138000")] // full-width
    [InlineData("+86 138 0013 8000", "13800138000")]
    [InlineData("+86-13800138000", "13800138000")]
    [InlineData("0086 13800138000", "13800138000")]
    [InlineData("8613800138000", "13800138000")]
    [InlineData("19912345678", "19912345678")]
    [InlineData("16612345678", "16612345678")]
    public void TryParse_Mobile_Normalizes(string input, string expected)
    {
        Assert.True(PhoneNumber.TryParse(input, out var phone, out var error), error);
        Assert.Equal(PhoneNumberKind.Mobile, phone.Kind);
        Assert.Null(phone.AreaCode);
        Assert.Null(phone.Extension);
        Assert.Equal(expected, phone.Number);
        Assert.Equal(expected, phone.ToString());
    }

    [Theory]
    [InlineData("0580-2123456", "0580", "2123456", null, "0580-2123456")] // 舟山, 7-digit local number
    [InlineData("0580 2123456", "0580", "2123456", null, "0580-2123456")]
    [InlineData("05802123456", "0580", "2123456", null, "0580-2123456")]
    [InlineData("(0580)2123456", "0580", "2123456", null, "0580-2123456")]
    [InlineData("（０５８０）２１２３４５６", "0580", "2123456", null, "0580-2123456")] // full-width parentheses/digits
    [InlineData("0571-87654321", "0571", "87654321", null, "0571-87654321")] // 杭州, 8 digits
    [InlineData("010-65528888", "010", "65528888", null, "010-65528888")] // 北京: two-digit area code
    [InlineData("010 6552 8888", "010", "65528888", null, "010-65528888")] // grouped 4-4, not an extension
    [InlineData("02161234567", "021", "61234567", null, "021-61234567")] // 上海
    [InlineData("0580-2123456-801", "0580", "2123456", "801", "0580-2123456-801")] // unmarked extension
    [InlineData("0580-2123456转801", "0580", "2123456", "801", "0580-2123456-801")]
    [InlineData("0580-2123456 分机 801", "0580", "2123456", "801", "0580-2123456-801")]
    [InlineData("0580-2123456 ext. 801", "0580", "2123456", "801", "0580-2123456-801")]
    [InlineData("0580-2123456x801", "0580", "2123456", "801", "0580-2123456-801")]
    [InlineData("0580-2123456#801", "0580", "2123456", "801", "0580-2123456-801")]
    [InlineData("010-65528888-1234", "010", "65528888", "1234", "010-65528888-1234")]
    [InlineData("+86 580 2123456", "0580", "2123456", null, "0580-2123456")] // trunk 0 dropped after +86
    [InlineData("+86 10 65528888", "010", "65528888", null, "010-65528888")]
    public void TryParse_LandlineWithAreaCode_SplitsParts(string input, string area, string number, string? extension, string formatted)
    {
        Assert.True(PhoneNumber.TryParse(input, out var phone, out var error), error);
        Assert.Equal(PhoneNumberKind.Landline, phone.Kind);
        Assert.Equal(area, phone.AreaCode);
        Assert.Equal(number, phone.Number);
        Assert.Equal(extension, phone.Extension);
        Assert.Equal(formatted, phone.ToString());
    }

    [Theory]
    [InlineData(null, "请输入联系电话（手机号码，或带区号的固定电话）。")]
    [InlineData("  ", "请输入联系电话（手机号码，或带区号的固定电话）。")]
    [InlineData("--", "请输入联系电话（手机号码，或带区号的固定电话）。")]
    [InlineData("1380013800", "手机号码应为11位，您输入了10位。")]
    [InlineData("138001380001", "手机号码应为11位，您输入了12位。")]
    [InlineData("12800138000", "手机号码第2位应为3–9，请核对。")]
    [InlineData("10086123456", "手机号码第2位应为3–9，请核对。")]
    [InlineData("13800138000转1", "手机号码不能带分机号，请核对。")]
    [InlineData("138OO138000", "联系电话中第4个字符“O”无法识别，请只输入数字，区号和号码之间可用“-”或空格分隔。")]
    [InlineData("电话13800138000", "联系电话中第1个字符“电”无法识别，请只输入数字，区号和号码之间可用“-”或空格分隔。")]
    [InlineData("2123456", "固定电话请在号码前加上区号（舟山为0580），例如 0580-2xxxxxx。")]
    [InlineData("87654321", "固定电话请在号码前加上区号（舟山为0580），例如 0580-2xxxxxx。")]
    [InlineData("0580-212345", "固定电话在区号0580之后应为7–8位号码，您输入了6位。")]
    [InlineData("0580212345678", "固定电话在区号0580之后应为7–8位号码，您输入了9位。")]
    [InlineData("010-655288", "固定电话在区号010之后应为7–8位号码，您输入了6位。")]
    [InlineData("0580-02123456", "固定电话在区号0580之后的号码不能以0开头，请核对。")]
    [InlineData("0580-2123456转1234567", "分机号最多6位，请核对。")]
    [InlineData("+852 2123 4567", "目前只能登记中国大陆的电话号码（+86）。")]
    [InlineData("00852 21234567", "目前只能登记中国大陆的电话号码（+86）。")]
    public void TryParse_Invalid_FailsWithChineseMessage(string? input, string expected)
    {
        Assert.False(PhoneNumber.TryParse(input, out var phone, out var error));
        Assert.Null(phone);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Equality_SameNumberTypedDifferently_IsEqual()
    {
        Assert.True(PhoneNumber.TryParse("(0580) 2123456", out var a, out _));
        Assert.True(PhoneNumber.TryParse("０５８０－２１２３４５６", out var b, out _));
        Assert.True(PhoneNumber.TryParse("13800138000", out var c, out _));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }
}
