using System.Text.RegularExpressions;

namespace EnvBot.Knowledge.Policy.Llm;

/// <summary>
/// Issue 6: an LLM answer may cite only the articles it was given. Every point must cite at least one of them, and no
/// citation — in the sources or written into the text — may name an article outside that set; otherwise the whole
/// answer is rejected and the extractive answer is shown.
/// </summary>
public static partial class PolicyCitationCheck
{
    /// <returns>The retrieved articles the answer cites (in order of first citation), or null when it is rejected.</returns>
    public static IReadOnlyList<ArticleHit>? Accept(PolicyLlmDraft draft, IReadOnlyList<ArticleHit> retrieved)
    {
        if (draft.Points.Count == 0)
        {
            return null;
        }
        var cited = new List<ArticleHit>();
        foreach (var point in draft.Points)
        {
            if (string.IsNullOrWhiteSpace(point.Text) || point.Sources.Count == 0)
            {
                return null;
            }
            var mentioned = point.Sources.Concat(Citations().Matches(point.Text).Select(m => m.Value)).ToList();
            foreach (var citation in mentioned)
            {
                var hit = Find(citation, retrieved);
                if (hit is null)
                {
                    return null;
                }
                if (!cited.Contains(hit))
                {
                    cited.Add(hit);
                }
            }
        }
        return cited;
    }

    private static ArticleHit? Find(string citation, IReadOnlyList<ArticleHit> retrieved)
    {
        var match = Citation().Match(citation.Trim());
        if (!match.Success)
        {
            return null;
        }
        var title = Short(match.Groups["title"].Value);
        var label = match.Groups["label"].Value;
        var number = ChineseNumerals.TryParse(label.AsSpan(1, label.Length - 2), out var n) ? n : -1;
        return retrieved.FirstOrDefault(h => Short(h.LawTitle) == title && (h.ArticleLabel == label || h.ArticleNumber == number));
    }

    private static string Short(string title) => title.StartsWith("中华人民共和国", StringComparison.Ordinal) ? title["中华人民共和国".Length..] : title;

    [GeneratedRegex(@"^《(?<title>[^》]+)》\s*(?<label>第[0-9一二三四五六七八九十百千零〇两]+条)$")]
    private static partial Regex Citation();

    [GeneratedRegex(@"《[^》]+》\s*第[0-9一二三四五六七八九十百千零〇两]+条")]
    private static partial Regex Citations();
}
