using System.Diagnostics.CodeAnalysis;
using System.Text;
using EnvBot.Data.Domain.Text;

namespace EnvBot.Data.Domain.Contact;

/// <summary>
/// 电子邮箱 on the consultation-day form (DOMAIN.md §1). Pragmatic, not RFC 5322: one @, a dot-atom local part of at
/// most 64 characters, a domain of at least two labels with an alphabetic top-level label; no quoted local parts, no
/// IP-literal domains. The domain is lower-cased; the local part is kept as typed.
/// </summary>
public sealed class EmailAddress : IEquatable<EmailAddress>
{
    private const string LocalSpecials = "!#$%&'*+/=?^_`{|}~-.";

    private EmailAddress(string localPart, string domain)
    {
        LocalPart = localPart;
        Domain = domain;
    }

    public string LocalPart { get; }

    public string Domain { get; }

    /// <summary>
    /// Accepts what a Chinese input method produces: full-width ＠ and ．, the ideographic full stop 。 for a dot,
    /// and stray spaces.
    /// </summary>
    public static bool TryParse(
        string? input,
        [NotNullWhen(true)] out EmailAddress? email,
        [NotNullWhen(false)] out string? error)
    {
        email = null;
        error = Validate(Normalize(input), out var local, out var domain);
        if (error is not null)
        {
            return false;
        }
        email = new EmailAddress(local, domain);
        return true;
    }

    private static string Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return "";
        }
        var builder = new StringBuilder(input.Length);
        foreach (var c in TypedInput.FoldFullWidth(input.Trim()))
        {
            if (TypedInput.IsSpace(c))
            {
                continue;
            }
            builder.Append(c is '。' or '｡' ? '.' : c);
        }
        return builder.ToString();
    }

    private static string? Validate(string value, out string local, out string domain)
    {
        local = domain = "";
        if (value.Length == 0)
        {
            return ContactMessages.EmailEmpty;
        }
        var at = value.IndexOf('@');
        if (at < 0)
        {
            return ContactMessages.EmailMissingAt;
        }
        if (value.IndexOf('@', at + 1) >= 0)
        {
            return ContactMessages.EmailMultipleAt;
        }
        local = value[..at];
        domain = value[(at + 1)..].ToLowerInvariant();
        if (local.Length == 0)
        {
            return ContactMessages.EmailMissingLocalPart;
        }
        if (domain.Length == 0)
        {
            return ContactMessages.EmailMissingDomain;
        }
        // RFC 5321 §4.5.3.1 (size limits): local part ≤ 64 octets, a path ≤ 256 (an address ≤ 254).
        if (local.Length > 64 || value.Length > 254)
        {
            return ContactMessages.EmailTooLong;
        }
        foreach (var c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !LocalSpecials.Contains(c))
            {
                return ContactMessages.EmailInvalidCharacter(c);
            }
        }
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return ContactMessages.EmailBadDots;
        }
        return IsValidDomain(domain) ? null : ContactMessages.EmailBadDomain(domain);
    }

    private static bool IsValidDomain(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length < 2 || domain.Length > 253)
        {
            return false;
        }
        foreach (var label in labels)
        {
            // RFC 1035 §2.3 (preferred name syntax): letters, digits, hyphens, ≤ 63 characters, no hyphen at either end. Letters include
            // non-ASCII ones so internationalized domains (例子.中国) are accepted.
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-'
                || !label.All(c => char.IsLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }
        var top = labels[^1];
        return top.Length >= 2 && top.All(char.IsLetter);
    }

    public override string ToString() => $"{LocalPart}@{Domain}";

    public bool Equals(EmailAddress? other) => other is not null && ToString() == other.ToString();

    public override bool Equals(object? obj) => Equals(obj as EmailAddress);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
