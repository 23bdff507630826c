using System.Diagnostics.CodeAnalysis;
using EnvBot.Data.Domain.Text;

namespace EnvBot.Data.Domain.Identity;

/// <summary>
/// 统一社会信用代码, the 18-character code every registered organization carries (GB 32100-2015):
/// 1 registration-department code, 1 organization-category code, 6 administrative-division code of the registration
/// authority, 9 organization (subject) identifier, 1 check character. Only valid codes can be constructed.
/// </summary>
public sealed class UnifiedSocialCreditCode : IEquatable<UnifiedSocialCreditCode>
{
    public const int Length = 18;

    // GB 32100-2015, 代码字符集: the character set is the digits and the upper-case Latin letters without I, O, Z, S, V
    // (31 characters); a character's value is its index here.
    internal const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // GB 32100-2015, 校验码计算: weight of positions 1–17 = 3^(i-1) mod 31.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private readonly string _value;

    private UnifiedSocialCreditCode(string value) => _value = value;

    /// <summary>Position 1, 登记管理部门码 (e.g. 9 = market regulation/工商, 5 = civil affairs/民政, 1 = 机构编制).</summary>
    public char RegistrationDepartmentCode => _value[0];

    /// <summary>Position 2, 机构类别码 (e.g. under 9: 1 = enterprise, 2 = individual business, 3 = farmers' cooperative).</summary>
    public char OrganizationCategoryCode => _value[1];

    /// <summary>Positions 3–8, the GB/T 2260 administrative division of the registration authority, e.g. 330902 = 定海区.</summary>
    public string AdministrativeDivisionCode => _value.Substring(2, 6);

    /// <summary>The province of the registration authority as a division code, e.g. 330000 = 浙江省.</summary>
    public string ProvinceDivisionCode => string.Concat(_value.AsSpan(2, 2), "0000");

    /// <summary>The prefecture-level city of the registration authority as a division code, e.g. 330900 = 舟山市.</summary>
    public string CityDivisionCode => string.Concat(_value.AsSpan(2, 4), "00");

    /// <summary>Positions 9–17, 主体标识码 (the former organization code, GB 11714).</summary>
    public string OrganizationIdentifier => _value.Substring(8, 9);

    /// <summary>Position 18.</summary>
    public char CheckCharacter => _value[17];

    /// <summary>
    /// Parses a code as enterprise managers type it: surrounding and inner spaces and hyphens are ignored, full-width
    /// characters are folded, letters are upper-cased. On failure <paramref name="error"/> is a Chinese message that
    /// says exactly what is wrong (IdentityMessages).
    /// </summary>
    public static bool TryParse(
        string? input,
        [NotNullWhen(true)] out UnifiedSocialCreditCode? code,
        [NotNullWhen(false)] out string? error)
    {
        code = null;
        var value = TypedInput.NormalizeCode(input);
        if (value.Length == 0)
        {
            error = IdentityMessages.UsccEmpty;
            return false;
        }
        if (value.Length != Length)
        {
            error = IdentityMessages.UsccWrongLength(value.Length);
            return false;
        }
        for (var i = 0; i < Length; i++)
        {
            if (Alphabet.IndexOf(value[i]) < 0)
            {
                error = IdentityMessages.UsccInvalidCharacter(i + 1, value[i]);
                return false;
            }
        }
        // GB 32100-2015, 代码结构 (登记管理机关行政区划码): positions 3–8 are the six-digit GB/T 2260 division code.
        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                error = IdentityMessages.UsccDivisionNotDigit(i + 1, value[i]);
                return false;
            }
        }
        var expected = ComputeCheckCharacter(value.AsSpan(0, Length - 1));
        if (value[Length - 1] != expected)
        {
            error = IdentityMessages.UsccWrongCheckCharacter(expected);
            return false;
        }
        code = new UnifiedSocialCreditCode(value);
        error = null;
        return true;
    }

    /// <summary>GB 32100-2015, 校验码计算: C18 = 31 − (Σ Ci·Wi mod 31), and 31 is written as 0.</summary>
    /// <param name="first17">17 characters, all from the code's alphabet.</param>
    internal static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        }
        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>The normalized 18-character code. Unlike the ID number this is public information, safe to show and log.</summary>
    public override string ToString() => _value;

    public bool Equals(UnifiedSocialCreditCode? other) => other is not null && _value == other._value;

    public override bool Equals(object? obj) => Equals(obj as UnifiedSocialCreditCode);

    public override int GetHashCode() => _value.GetHashCode(StringComparison.Ordinal);

    public static bool operator ==(UnifiedSocialCreditCode? left, UnifiedSocialCreditCode? right) =>
        left is null ? right is null : left.Equals(right);

    public static bool operator !=(UnifiedSocialCreditCode? left, UnifiedSocialCreditCode? right) => !(left == right);
}
