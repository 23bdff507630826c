using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;
using EnvBot.Data.Domain.Text;

namespace EnvBot.Data.Domain.Contact;

/// <summary>
/// 联系电话 on the consultation-day form (DOMAIN.md §1: "mobile 11 digits starting 1, or a landline with area code").
/// A mobile number is 11 digits starting 1[3-9]; a landline is 0 + a 2–3 digit area code + a 7–8 digit local number,
/// optionally with an extension. Numbers outside mainland China are not accepted yet.
/// </summary>
public sealed partial class PhoneNumber : IEquatable<PhoneNumber>
{
    private PhoneNumber(PhoneNumberKind kind, string? areaCode, string number, string? extension)
    {
        Kind = kind;
        AreaCode = areaCode;
        Number = number;
        Extension = extension;
    }

    public PhoneNumberKind Kind { get; }

    /// <summary>The landline's area code with its leading 0 (e.g. "0580" for 舟山, "010" for 北京); null for a mobile.</summary>
    public string? AreaCode { get; }

    /// <summary>The 11-digit mobile number, or the landline's 7–8 digit local number.</summary>
    public string Number { get; }

    /// <summary>The landline's extension (分机号), if one was given.</summary>
    public string? Extension { get; }

    /// <summary>
    /// Parses a number as people type it: full-width digits, spaces, hyphens, parentheses around the area code
    /// ("(0580)2xxxxxx"), a +86/0086 prefix, and an extension after 转, 分机, ext, x, # or a last hyphen-separated group.
    /// </summary>
    public static bool TryParse(
        string? input,
        [NotNullWhen(true)] out PhoneNumber? phone,
        [NotNullWhen(false)] out string? error)
    {
        phone = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = ContactMessages.PhoneEmpty;
            return false;
        }
        var text = TypedInput.FoldFullWidth(input).Trim();

        string? extension = null;
        var marked = MarkedExtension().Match(text);
        if (marked.Success)
        {
            extension = marked.Groups["ext"].Value;
            text = text[..marked.Index].TrimEnd();
        }

        // Keep the digit groups as typed: the last group may be an unmarked extension (0580-2xxxxxx-801).
        var groups = new List<string>();
        var current = new StringBuilder();
        var international = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                current.Append(c);
                continue;
            }
            if (c == '+' && i == 0)
            {
                international = true;
                continue;
            }
            if (!(TypedInput.IsSpace(c) || TypedInput.IsHyphen(c) || c is '(' or ')' or '.' or '/'))
            {
                error = ContactMessages.PhoneInvalidCharacter(i + 1, c);
                return false;
            }
            if (current.Length > 0)
            {
                groups.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            groups.Add(current.ToString());
        }
        var digits = string.Concat(groups);
        if (digits.Length == 0)
        {
            error = ContactMessages.PhoneEmpty;
            return false;
        }

        // Country code: +86 and 0086 are mainland China; any other international prefix is not accepted.
        if (international || digits.StartsWith("00", StringComparison.Ordinal))
        {
            var country = international ? digits : digits[2..];
            if (!country.StartsWith("86", StringComparison.Ordinal))
            {
                error = ContactMessages.PhoneNotMainland;
                return false;
            }
            digits = country[2..];
            // After the country code a landline drops its trunk 0 (+86 580 …, +86 10 … for 北京); put it back.
            // Mobile numbers never start with 10, so "+86 10" is Beijing.
            if (digits.Length > 0 && (digits[0] != '1' || digits.StartsWith("10", StringComparison.Ordinal)))
            {
                digits = "0" + digits;
            }
        }
        else if (digits.Length == 13 && digits.StartsWith("861", StringComparison.Ordinal))
        {
            digits = digits[2..]; // 86 138 xxxx xxxx
        }

        return digits[0] switch
        {
            '1' => TryMobile(digits, extension, out phone, out error),
            '0' => TryLandline(digits, groups, extension, out phone, out error),
            _ => Fail(ContactMessages.LandlineMissingAreaCode, out phone, out error),
        };
    }

    private static bool TryMobile(string digits, string? extension, out PhoneNumber? phone, out string? error)
    {
        phone = null;
        if (extension is not null)
        {
            error = ContactMessages.MobileWithExtension;
            return false;
        }
        if (digits.Length != 11)
        {
            error = ContactMessages.MobileWrongLength(digits.Length);
            return false;
        }
        if (digits[1] is < '3' or > '9')
        {
            error = ContactMessages.MobileWrongSecondDigit;
            return false;
        }
        phone = new PhoneNumber(PhoneNumberKind.Mobile, null, digits, null);
        error = null;
        return true;
    }

    private static bool TryLandline(string digits, List<string> groups, string? extension, out PhoneNumber? phone, out string? error)
    {
        phone = null;
        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            error = ContactMessages.PhoneNotMainland;
            return false;
        }
        // Mainland area codes: 010 and 020–029 have two digits after the 0, every other area code has three.
        var areaLength = digits.Length > 1 && digits[1] is '1' or '2' ? 3 : 4;
        var areaCode = digits[..Math.Min(areaLength, digits.Length)];
        var local = digits[areaCode.Length..];

        // An unmarked extension: the last typed group, when the number is too long with it and right without it.
        if (extension is null && local.Length > 8 && groups.Count >= 2)
        {
            var last = groups[^1];
            var withoutLast = local[..^last.Length];
            if (withoutLast.Length is 7 or 8)
            {
                extension = last;
                local = withoutLast;
            }
        }
        if (local.Length is not (7 or 8))
        {
            error = ContactMessages.LandlineWrongLength(areaCode, local.Length);
            return false;
        }
        if (local[0] == '0')
        {
            error = ContactMessages.LandlineStartsWithZero(areaCode);
            return false;
        }
        if (extension is { Length: > 6 })
        {
            error = ContactMessages.PhoneExtensionTooLong;
            return false;
        }
        phone = new PhoneNumber(PhoneNumberKind.Landline, areaCode, local, extension);
        error = null;
        return true;
    }

    private static bool Fail(string message, out PhoneNumber? phone, out string? error)
    {
        phone = null;
        error = message;
        return false;
    }

    // 转801, 分机 801, ext. 801, x801, #801 at the end of the input.
    [GeneratedRegex(@"\s*(?:转|分机号?|ext\.?|x|#)\s*(?<ext>\d+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkedExtension();

    /// <summary>"13800138000", "0580-2123456" or "0580-2123456-801".</summary>
    public override string ToString() => Kind == PhoneNumberKind.Mobile
        ? Number
        : Extension is null ? $"{AreaCode}-{Number}" : $"{AreaCode}-{Number}-{Extension}";

    public bool Equals(PhoneNumber? other) => other is not null && ToString() == other.ToString();

    public override bool Equals(object? obj) => Equals(obj as PhoneNumber);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
