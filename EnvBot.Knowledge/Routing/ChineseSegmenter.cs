using JiebaNet.Segmenter;

namespace EnvBot.Knowledge.Routing;

/// <summary>
/// jieba.NET segmentation that keeps the routing table's domain words whole (危废, 排污许可, 三同时, VOCs …). The terms are
/// found in the text first (longest first) and jieba cuts only what lies between them: jieba's dictionary is one per
/// process and shared with the policy index (<see cref="Text.SharedJieba"/>), and a routing-table edit adding a term must
/// not change how policy questions are cut. Nothing adds to that dictionary after it is loaded, so cutting needs no lock
/// (the policy index already cuts its articles in parallel with the same segmenter).
/// </summary>
public sealed class ChineseSegmenter
{
    private readonly JiebaSegmenter _segmenter;
    private readonly string[] _terms;

    public ChineseSegmenter(IEnumerable<string> domainTerms)
    {
        _segmenter = Text.SharedJieba.Segmenter;
        _terms = [.. domainTerms.Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(t => t.Length)];
    }

    /// <summary>Tokens without whitespace and punctuation.</summary>
    public IReadOnlyList<string> Cut(string text)
    {
        var tokens = new List<string>();
        var gapStart = 0;
        for (var i = 0; i < text.Length;)
        {
            var term = Array.Find(_terms, t => text.AsSpan(i).StartsWith(t, StringComparison.OrdinalIgnoreCase));
            if (term is null)
            {
                i++;
                continue;
            }
            CutGap(text[gapStart..i], tokens);
            tokens.Add(text.Substring(i, term.Length));
            i += term.Length;
            gapStart = i;
        }
        CutGap(text[gapStart..], tokens);
        return tokens;
    }

    private void CutGap(string gap, List<string> tokens)
    {
        if (gap.Length == 0)
        {
            return;
        }
        tokens.AddRange(_segmenter.Cut(gap, cutAll: false, hmm: true).Where(t => t.Any(char.IsLetterOrDigit)));
    }
}
