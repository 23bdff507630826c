using System.Security.Cryptography;

namespace EnvBot.Data.Identity;

/// <summary>Short codes a person can read out and type: no 0/O, 1/I/L confusion; 8 characters ≈ 40 bits, single-use, expiring.</summary>
public static class BindingCodeGenerator
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string NewCode(int length = 8) => RandomNumberGenerator.GetString(Alphabet, length);

    /// <summary>Reads what the person typed: case, spaces, hyphens and full-width characters do not matter.</summary>
    public static string Normalize(string typed)
    {
        var chars = typed.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '－')
            .Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c)
            .Select(char.ToUpperInvariant);
        return new string(chars.ToArray());
    }
}
