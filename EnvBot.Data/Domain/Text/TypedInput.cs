using System.Text;

namespace EnvBot.Data.Domain.Text;

/// <summary>
/// Undoes what a Chinese input method does to codes and numbers typed into a chat: full-width forms (０-９, Ａ-Ｚ,
/// ａ-ｚ, －, （）, ＠) and ideographic spaces. Shared by the identity and contact value objects so that every field of
/// the consultation-day form (DOMAIN.md §1) forgives the same typing habits.
/// </summary>
internal static class TypedInput
{
    /// <summary>Folds full-width ASCII variants (U+FF01–U+FF5E) to ASCII and U+3000 (ideographic space) to a space.</summary>
    public static string FoldFullWidth(string input)
    {
        var builder = new StringBuilder(input.Length);
        foreach (var c in input)
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }
        return builder.ToString();
    }

    /// <summary>Any kind of space a user or an input method may put between groups of a code.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    /// <summary>Hyphens and dashes people use to group digits: - – — ‐ ‑ (full-width － is already folded to -).</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';

    /// <summary>
    /// The normalization for codes (USCC, ID number, postcode): trim, fold full-width, drop inner spaces and hyphens,
    /// upper-case (invariant). Returns "" for null or blank input.
    /// </summary>
    public static string NormalizeCode(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return "";
        }
        var folded = FoldFullWidth(input.Trim());
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!IsSpace(c) && !IsHyphen(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }
        return builder.ToString();
    }
}
