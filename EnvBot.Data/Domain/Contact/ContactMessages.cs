namespace EnvBot.Data.Domain.Contact;

/// <summary>
/// What the bot tells a person whose phone number, postcode or e-mail address did not validate (STYLE.md: user-facing
/// Chinese text in one place per feature).
/// </summary>
public static class ContactMessages
{
    public const string PhoneEmpty = "请输入联系电话（手机号码，或带区号的固定电话）。";

    public static string PhoneInvalidCharacter(int position, char c) =>
        $"联系电话中第{position}个字符“{c}”无法识别，请只输入数字，区号和号码之间可用“-”或空格分隔。";

    public const string PhoneNotMainland = "目前只能登记中国大陆的电话号码（+86）。";

    public static string MobileWrongLength(int actual) => $"手机号码应为11位，您输入了{actual}位。";

    public const string MobileWrongSecondDigit = "手机号码第2位应为3–9，请核对。";

    public const string MobileWithExtension = "手机号码不能带分机号，请核对。";

    public static string LandlineWrongLength(string areaCode, int actual) =>
        $"固定电话在区号{areaCode}之后应为7–8位号码，您输入了{actual}位。";

    public static string LandlineStartsWithZero(string areaCode) => $"固定电话在区号{areaCode}之后的号码不能以0开头，请核对。";

    public const string LandlineMissingAreaCode = "固定电话请在号码前加上区号（舟山为0580），例如 0580-2xxxxxx。";

    public const string PhoneExtensionTooLong = "分机号最多6位，请核对。";

    public const string PostalCodeEmpty = "请输入6位邮政编码。";

    public static string PostalCodeNotDigit(int position, char c) => $"邮政编码只能包含数字，第{position}位“{c}”不是数字。";

    public static string PostalCodeWrongLength(int actual) => $"邮政编码应为6位数字，您输入了{actual}位。";

    public const string EmailEmpty = "请输入电子邮箱。";

    public const string EmailMissingAt = "电子邮箱缺少“@”，例如 name@example.com。";

    public const string EmailMultipleAt = "电子邮箱只能包含一个“@”。";

    public const string EmailMissingLocalPart = "电子邮箱“@”前面缺少用户名。";

    public const string EmailMissingDomain = "电子邮箱“@”后面缺少域名，例如 qq.com、163.com。";

    public const string EmailTooLong = "电子邮箱过长，请核对。";

    public static string EmailInvalidCharacter(char c) => $"电子邮箱中不能使用“{c}”。";

    public const string EmailBadDots = "电子邮箱“@”前面的部分不能以“.”开头或结尾，也不能有连续的“..”。";

    public static string EmailBadDomain(string domain) => $"电子邮箱的域名“{domain}”不正确，请核对（例如 qq.com、163.com）。";
}
