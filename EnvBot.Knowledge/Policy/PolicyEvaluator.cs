using System.Text.Json;
using System.Text.Json.Nodes;

namespace EnvBot.Knowledge.Policy;

/// <summary>
/// Runs a JSONL question set (policy-qa format) through <see cref="PolicySearch"/>. The ranking is computed from the
/// question alone; the gold field is read only afterwards, to score.
/// </summary>
public static class PolicyEvaluator
{
    public static PolicyEvaluationReport Evaluate(PolicySearch search, IEnumerable<string> jsonLines, Action<string>? writeLine = null)
    {
        int count = 0, hit1 = 0, hit5 = 0;
        double mrr = 0;
        var misses = new List<string>();
        var byConfidence = new Dictionary<RetrievalConfidence, (int Questions, int First)>();
        foreach (var line in jsonLines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var record = JsonNode.Parse(line)!.AsObject();
            var id = (string?)record["id"] ?? $"#{count + 1}";
            var question = (string?)record["question"] ?? "";
            var result = search.Search(question, 10);
            var ranked = result.Hits.Select(h => (h.File, h.ArticleNumber)).ToList();
            writeLine?.Invoke(JsonSerializer.Serialize(new
            {
                id,
                results = ranked.Select(r => new { file = r.File, article = r.ArticleNumber }),
            }));

            var gold = (record["gold"]?.AsArray() ?? []).Select(g => ((string)g!["file"]!, (int)g["article"]!)).ToHashSet();
            var rank = ranked.FindIndex(gold.Contains) + 1;
            count++;
            hit1 += rank == 1 ? 1 : 0;
            hit5 += rank is >= 1 and <= 5 ? 1 : 0;
            mrr += rank >= 1 ? 1.0 / rank : 0;
            var level = byConfidence.GetValueOrDefault(result.Confidence);
            byConfidence[result.Confidence] = (level.Questions + 1, level.First + (rank == 1 ? 1 : 0));
            // Every question not answered first, with what was expected, so failure classes can be read off the list.
            if (rank != 1)
            {
                misses.Add($"{id} rank={rank} {question} → {string.Join(", ", ranked.Take(3).Select(r => $"{r.File}:{r.ArticleNumber}"))} (gold {string.Join(", ", gold.Select(g => $"{g.Item1}:{g.Item2}"))})");
            }
        }
        return count == 0
            ? new PolicyEvaluationReport(0, 0, 0, 0, misses)
            : new PolicyEvaluationReport(count, (double)hit1 / count, (double)hit5 / count, mrr / count, misses) { ByConfidence = byConfidence };
    }
}
