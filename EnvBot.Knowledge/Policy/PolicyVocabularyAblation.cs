using System.Text.Json.Nodes;

namespace EnvBot.Knowledge.Policy;

/// <summary>
/// Weighs each chat → statute line of colloquial-terms.tsv (DOMAIN.md §4: synonyms) on labelled question sets: the
/// line is taken out, the questions it touches are ranked again, and the change in first-place and top-5 hits is
/// reported. A line whose removal gains hits names a topic rather than saying the same thing (the last stops found six
/// such, e.g. 储罐 → 突发环境事件, that pulled whole documents up). Only questions whose read text contains the phrase
/// can change, so one pass over ~500 lines and ~800 questions takes seconds.
/// </summary>
public static class PolicyVocabularyAblation
{
    /// <summary>One line's effect: hits lost (negative) or gained (positive) without it, per set and in total.</summary>
    public sealed record LineEffect(string Phrase, string Expansion, int DeltaAt1, int DeltaAt5, IReadOnlyList<string> Sets);

    public sealed record Result(int Questions, int HitsAt1, int HitsAt5, IReadOnlyList<LineEffect> Effects);

    private sealed record Question(string Set, string Text, string ReadText, HashSet<(string File, int Article)> Gold, int Rank);

    public static Result Run(PolicySearch search, IReadOnlyList<(string Name, IReadOnlyList<string> Lines)> sets)
    {
        var questions = new List<Question>();
        foreach (var (name, lines) in sets)
        {
            foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                var record = JsonNode.Parse(line)!.AsObject();
                var text = (string?)record["question"] ?? "";
                var gold = (record["gold"]?.AsArray() ?? []).Select(g => ((string)g!["file"]!, (int)g["article"]!)).ToHashSet();
                questions.Add(new Question(name, text, search.Analyze(text).Text, gold, RankOf(search, text, gold)));
            }
        }

        var lexicon = PolicyLexicon.Expansions;
        var effects = new List<LineEffect>();
        for (var i = 0; i < lexicon.Count; i++)
        {
            var (phrase, expansion) = lexicon[i];
            var touched = questions.Where(q => q.ReadText.Contains(phrase, StringComparison.Ordinal)).ToList();
            if (touched.Count == 0)
            {
                continue;
            }
            var without = search.WithExpansions([.. lexicon.Take(i), .. lexicon.Skip(i + 1)]);
            int d1 = 0, d5 = 0;
            var perSet = new Dictionary<string, (int D1, int D5)>(StringComparer.Ordinal);
            foreach (var q in touched)
            {
                var rank = RankOf(without, q.Text, q.Gold);
                var q1 = Hit(rank, 1) - Hit(q.Rank, 1);
                var q5 = Hit(rank, 5) - Hit(q.Rank, 5);
                if (q1 != 0 || q5 != 0)
                {
                    d1 += q1;
                    d5 += q5;
                    var s = perSet.GetValueOrDefault(q.Set);
                    perSet[q.Set] = (s.D1 + q1, s.D5 + q5);
                }
            }
            if (d1 != 0 || d5 != 0 || perSet.Count > 0)
            {
                effects.Add(new LineEffect(phrase, expansion, d1, d5, [.. perSet.Select(s => $"{s.Key} {s.Value.D1:+0;-0;0}/{s.Value.D5:+0;-0;0}")]));
            }
        }
        return new Result(questions.Count, questions.Count(q => q.Rank == 1), questions.Count(q => q.Rank is >= 1 and <= 5),
            [.. effects.OrderByDescending(e => e.DeltaAt1 + e.DeltaAt5).ThenBy(e => e.Phrase, StringComparer.Ordinal)]);
    }

    private static int RankOf(PolicySearch search, string question, HashSet<(string File, int Article)> gold) =>
        search.Search(question, 10).Hits.Select(h => (h.File, h.ArticleNumber)).ToList().FindIndex(gold.Contains) + 1;

    private static int Hit(int rank, int within) => rank >= 1 && rank <= within ? 1 : 0;
}
