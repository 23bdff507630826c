using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EnvBot.Data.Domain.Text;

namespace EnvBot.Data.Domain.Identity;

/// <summary>
/// 公民身份号码, the 18-character resident ID number (GB 11643-1999): 6-digit address code, 8-digit birth date,
/// 3-digit sequence, 1 check character (ISO 7064 MOD 11-2). It is personal information (DOMAIN.md §1: store it
/// protected, show it masked, never log it), so <see cref="ToString"/> returns the masked form and the full number is
/// only reachable through <see cref="RevealForAuthorizedUse"/>. The type exposes nothing else derived from the number
/// (no birth date, no sex): the consultation-day form needs none of it.
/// </summary>
/// <remarks>
/// The address code is not checked against a list of divisions: the same format and check also serve the 2023
/// foreign permanent-resident ID card (starting with 9) and residence permits of Hong Kong, Macao and Taiwan residents
/// (81/82/83), and a division list changes every year.
/// </remarks>
[DebuggerDisplay("{Masked,nq}")]
public sealed class ResidentIdNumber : IEquatable<ResidentIdNumber>
{
    public const int Length = 18;

    // GB 11643-1999, 校验码 (ISO 7064 MOD 11-2): Wi = 2^(18-i) mod 11 for positions 1–17.
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    // GB 11643-1999, 校验码: the check character for (Σ ai·Wi) mod 11 = 0, 1, 2, … 10.
    private const string CheckCharacters = "10X98765432";

    private static readonly DateOnly Earliest = new(1900, 1, 1);

    private readonly string _value;

    private ResidentIdNumber(string value) => _value = value;

    /// <summary>First 4 characters, 10 asterisks, last 4: <c>3309**********123X</c>. Safe to show and to log.</summary>
    public string Masked => string.Concat(_value.AsSpan(0, 4), new string('*', Length - 8), _value.AsSpan(Length - 4));

    /// <summary>
    /// Parses the number with the same forgiving normalization as the USCC (spaces, hyphens, full-width digits;
    /// a lower-case x is read as X), then checks the length, the digits, the birth date (a real date, not before
    /// 1900, not after <paramref name="today"/>) and the check character. Errors never repeat the number.
    /// </summary>
    /// <param name="today">The bureau's date today (BureauTime.Today), so the rule stays a pure function.</param>
    public static bool TryParse(
        string? input,
        DateOnly today,
        [NotNullWhen(true)] out ResidentIdNumber? id,
        [NotNullWhen(false)] out string? error)
    {
        id = null;
        var value = TypedInput.NormalizeCode(input);
        if (value.Length == 0)
        {
            error = IdentityMessages.ResidentIdEmpty;
            return false;
        }
        if (value.Length == 15 && value.All(char.IsAsciiDigit))
        {
            error = IdentityMessages.ResidentIdFifteenDigits;
            return false;
        }
        if (value.Length != Length)
        {
            error = IdentityMessages.ResidentIdWrongLength(value.Length);
            return false;
        }
        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                error = IdentityMessages.ResidentIdNotDigit(i + 1, value[i]);
                return false;
            }
        }
        var last = value[Length - 1];
        if (!char.IsAsciiDigit(last) && last != 'X')
        {
            error = IdentityMessages.ResidentIdInvalidLastCharacter(last);
            return false;
        }
        // GB 11643-1999, 出生日期码: positions 7–14 are the birth date as YYYYMMDD.
        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
        {
            error = IdentityMessages.ResidentIdInvalidBirthDate;
            return false;
        }
        if (birth < Earliest)
        {
            error = IdentityMessages.ResidentIdBirthDateTooEarly;
            return false;
        }
        if (birth > today)
        {
            error = IdentityMessages.ResidentIdBirthDateInFuture;
            return false;
        }
        if (last != ComputeCheckCharacter(value.AsSpan(0, Length - 1)))
        {
            error = IdentityMessages.ResidentIdWrongCheckCharacter;
            return false;
        }
        id = new ResidentIdNumber(value);
        error = null;
        return true;
    }

    /// <summary>ISO 7064 MOD 11-2 as GB 11643-1999 (校验码) specifies it, over 17 ASCII digits.</summary>
    internal static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }

    /// <summary>
    /// The full 18-character number. Call it only where the full number is needed and allowed (encrypting it for
    /// storage, the registration list handed to 综合处); never for logs, transcripts or display.
    /// </summary>
    public string RevealForAuthorizedUse() => _value;

    /// <summary>The masked form, so that string interpolation and logging can't leak the number by accident.</summary>
    public override string ToString() => Masked;

    public bool Equals(ResidentIdNumber? other) => other is not null && _value == other._value;

    public override bool Equals(object? obj) => Equals(obj as ResidentIdNumber);

    public override int GetHashCode() => _value.GetHashCode(StringComparison.Ordinal);

    public static bool operator ==(ResidentIdNumber? left, ResidentIdNumber? right) =>
        left is null ? right is null : left.Equals(right);

    public static bool operator !=(ResidentIdNumber? left, ResidentIdNumber? right) => !(left == right);
}
