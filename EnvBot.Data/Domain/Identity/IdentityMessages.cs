namespace EnvBot.Data.Domain.Identity;

/// <summary>
/// What the bot tells a person whose USCC or resident ID number did not validate (STYLE.md: user-facing Chinese text
/// in one place per feature). Messages about the ID number never repeat the number itself or its birth date: they go
/// back into chat transcripts, and the ID number is personal information (DOMAIN.md §1).
/// </summary>
public static class IdentityMessages
{
    public const string UsccName = "统一社会信用代码";
    public const string ResidentIdName = "身份证号码";

    public const string UsccEmpty = "请输入统一社会信用代码（18位，见营业执照）。";

    public static string UsccWrongLength(int actual) => $"统一社会信用代码应为18位，您输入了{actual}位。";

    public static string UsccInvalidCharacter(int position, char c) =>
        $"第{position}位“{c}”不是统一社会信用代码中使用的字符（不使用 I、O、Z、S、V）。";

    public static string UsccDivisionNotDigit(int position, char c) =>
        $"第3–8位是登记管理机关的行政区划码，应为数字，第{position}位“{c}”不是数字。";

    /// <summary>
    /// Says what the check character should be (the code is public, so that is safe), and warns that a typo in the
    /// first 17 characters causes the same message, so people don't "fix" the last character of a mistyped code.
    /// </summary>
    public static string UsccWrongCheckCharacter(char expected) =>
        $"校验位不正确：最后一位应为“{expected}”，请核对。如果前17位中有输错的字符，也会出现此提示，请对照营业执照逐位核对。";

    public const string ResidentIdEmpty = "请输入18位居民身份证号码。";

    public static string ResidentIdWrongLength(int actual) => $"身份证号码应为18位，您输入了{actual}位。";

    /// <summary>First-generation 15-digit cards stopped being valid on 2013-01-01.</summary>
    public const string ResidentIdFifteenDigits = "15位的旧身份证号码已停止使用，请输入18位身份证号码。";

    public static string ResidentIdNotDigit(int position, char c) => $"身份证号码第{position}位“{c}”应为数字。";

    public static string ResidentIdInvalidLastCharacter(char c) => $"身份证号码最后一位“{c}”应为数字或 X。";

    public const string ResidentIdInvalidBirthDate = "身份证号码第7–14位的出生日期不是有效日期，请核对。";

    public const string ResidentIdBirthDateInFuture = "身份证号码第7–14位的出生日期晚于今天，请核对。";

    public const string ResidentIdBirthDateTooEarly = "身份证号码第7–14位的出生日期早于1900年，请核对。";

    /// <summary>
    /// Deliberately does not say which check character would be right: that would nudge a person who mistyped a
    /// middle digit into changing the last one, and would make up a valid-looking number for them.
    /// </summary>
    public const string ResidentIdWrongCheckCharacter = "身份证号码校验位不正确，请对照身份证逐位核对。";
}
