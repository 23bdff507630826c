using System.Text;

namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>Folds what Chinese input methods produce into plain forms before recognizing it.</summary>
internal static class TextNormalizer
{
    private const string Punctuation = "。．.，,、！!？?；;：:~～…\"'“”‘’（）()【】[]「」《》<>";

    /// <summary>Full-width ASCII (１２３, ＡＢＣ, ？) to half-width, ideographic space to space, trimmed.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }
        return sb.ToString().Trim();
    }

    /// <summary>Drops punctuation and whitespace around the text ("好的！" → "好的").</summary>
    public static string StripPunctuation(string text) =>
        text.Trim().Trim(Punctuation.ToCharArray()).Trim();

    /// <summary><see cref="Fold"/> then <see cref="StripPunctuation"/>, and inner spaces removed.</summary>
    public static string Normalize(string? text) => StripPunctuation(Fold(text)).Replace(" ", "", StringComparison.Ordinal);
}
