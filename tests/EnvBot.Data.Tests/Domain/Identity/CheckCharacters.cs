namespace EnvBot.Data.Tests.Domain.Identity;

/// <summary>
/// Independent re-implementations of the two check-character algorithms, used only to generate extra valid cases.
/// The published real codes in the tests are the ground truth that these and the production code both must match.
/// </summary>
internal static class CheckCharacters
{
    private const string UsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>GB 32100-2015: weights 3^(i-1) mod 31, check = 31 − sum mod 31, 31 → 0.</summary>
    public static string CompleteUscc(string first17)
    {
        var sum = 0;
        var weight = 1;
        foreach (var c in first17)
        {
            sum += UsccAlphabet.IndexOf(c) * weight;
            weight = weight * 3 % 31;
        }
        var check = (31 - sum % 31) % 31;
        return first17 + UsccAlphabet[check];
    }

    /// <summary>ISO 7064 MOD 11-2: weights 2^(17-i) mod 11, check = (12 − sum mod 11) mod 11, 10 → X.</summary>
    public static string CompleteResidentId(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * (int)(Math.Pow(2, 17 - i) % 11);
        }
        var check = (12 - sum % 11) % 11;
        return first17 + (check == 10 ? "X" : check.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
