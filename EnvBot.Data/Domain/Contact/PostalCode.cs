using System.Diagnostics.CodeAnalysis;
using EnvBot.Data.Domain.Text;

namespace EnvBot.Data.Domain.Contact;

/// <summary>邮政编码: six digits (DOMAIN.md §1), e.g. 316000 for 舟山市定海区.</summary>
public sealed class PostalCode : IEquatable<PostalCode>
{
    public const int Length = 6;

    private readonly string _value;

    private PostalCode(string value) => _value = value;

    /// <summary>Accepts full-width digits and spaces or hyphens between them.</summary>
    public static bool TryParse(
        string? input,
        [NotNullWhen(true)] out PostalCode? postalCode,
        [NotNullWhen(false)] out string? error)
    {
        postalCode = null;
        var value = TypedInput.NormalizeCode(input);
        if (value.Length == 0)
        {
            error = ContactMessages.PostalCodeEmpty;
            return false;
        }
        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                error = ContactMessages.PostalCodeNotDigit(i + 1, value[i]);
                return false;
            }
        }
        if (value.Length != Length)
        {
            error = ContactMessages.PostalCodeWrongLength(value.Length);
            return false;
        }
        postalCode = new PostalCode(value);
        error = null;
        return true;
    }

    public override string ToString() => _value;

    public bool Equals(PostalCode? other) => other is not null && _value == other._value;

    public override bool Equals(object? obj) => Equals(obj as PostalCode);

    public override int GetHashCode() => _value.GetHashCode(StringComparison.Ordinal);
}
