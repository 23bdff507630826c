using System.Text;

namespace EnvBot.Knowledge.Policy;

/// <summary>
/// Chinese text → retrieval terms: jieba words (search mode, domain dictionary added) and character bigrams of each
/// CJK run. Bigrams make matching robust where jieba splits a colloquial phrase differently from the statute.
/// </summary>
public static class PolicyTokenizer
{
    /// <summary>Loads jieba's dictionary (seconds); call at start so the first question does not pay for it.</summary>
    public static void Warm() => _ = Text.SharedJieba.Segmenter;

    /// <summary>Lower-cased jieba words without punctuation and stop words.</summary>
    public static List<string> Words(string text, bool dropStopWords)
    {
        var words = new List<string>();
        foreach (var raw in Text.SharedJieba.Segmenter.CutForSearch(text, hmm: true))
        {
            var word = raw.Trim().ToLowerInvariant();
            if (word.Length == 0 || !word.Any(char.IsLetterOrDigit))
            {
                continue;
            }
            if (dropStopWords && PolicyLexicon.StopWords.Contains(word))
            {
                continue;
            }
            words.Add(word);
        }
        return words;
    }

    /// <summary>Overlapping two-character terms of every run of Chinese characters.</summary>
    public static List<string> Bigrams(string text)
    {
        var bigrams = new List<string>(text.Length);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsCjk(text[i]) && IsCjk(text[i + 1]))
            {
                bigrams.Add(text.Substring(i, 2));
            }
        }
        return bigrams;
    }

    /// <summary>Full-width letters and digits to ASCII, then lower case.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '！' and <= '～' && char.IsLetterOrDigit(c) ? (char)(c - 0xFEE0) : c);
        }
        return builder.ToString().ToLowerInvariant();
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';
}
