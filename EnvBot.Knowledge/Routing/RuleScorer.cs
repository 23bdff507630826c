using System.Text.RegularExpressions;

namespace EnvBot.Knowledge.Routing;

/// <summary>
/// Applies a <see cref="RoutingTable"/> to a normalised question: each matching rule votes its weight times the weight
/// of the clause where its term occurs (<see cref="QuestionClauses"/>), with a small bonus for further distinct terms.
/// </summary>
public sealed class RuleScorer
{
    private readonly RoutingTable _table;
    private readonly (ScopeRule Rule, Regex[] Patterns)[] _outOfScope;
    private readonly (ScopeRule Rule, Regex[] Patterns)[] _inScope;

    public RuleScorer(RoutingTable table)
    {
        _table = table;
        _outOfScope = Compile(table.OutOfScope);
        _inScope = Compile(table.InScopeMarkers);
    }

    public RuleEvaluation Evaluate(string normalised)
    {
        var clauses = new QuestionClauses(normalised, _table.FocusMarkers, _table.DismissMarkers);
        var scores = _table.Departments.ToDictionary(d => d, _ => 0.0);
        var hits = new List<RuleHit>();
        foreach (var rule in _table.Rules)
        {
            if (rule.Excludes.Any(e => normalised.Contains(e, StringComparison.Ordinal)))
            {
                continue;
            }
            var required = new List<string>();
            var satisfied = true;
            foreach (var group in rule.Requires)
            {
                var hit = group.FirstOrDefault(g => normalised.Contains(g, StringComparison.Ordinal));
                if (hit is null)
                {
                    satisfied = false;
                    break;
                }
                required.Add(hit);
            }
            if (!satisfied)
            {
                continue;
            }
            var terms = new List<string>();
            var best = 0.0;
            foreach (var term in rule.Terms)
            {
                var factor = BestFactor(normalised, term, clauses);
                if (factor > 0 && !terms.Any(t => t.Contains(term, StringComparison.Ordinal)))
                {
                    terms.RemoveAll(t => term.Contains(t, StringComparison.Ordinal));
                    terms.Add(term);
                    best = Math.Max(best, factor);
                }
            }
            if (terms.Count == 0)
            {
                continue;
            }
            var score = rule.Weight * best * (1 + 0.25 * Math.Min(terms.Count - 1, 4));
            scores[rule.Department] += score;
            hits.Add(new RuleHit(rule, [.. terms, .. required.Where(r => !terms.Contains(r))], score, best >= 1.0));
        }

        var scopeHits = new List<ScopeHit>();
        var scopeScore = 0.0;
        foreach (var (rule, patterns) in _outOfScope.Concat(_inScope))
        {
            var match = patterns.Select(p => p.Match(normalised)).FirstOrDefault(m => m.Success);
            if (match is not null)
            {
                scopeHits.Add(new ScopeHit(rule, match.Value));
                scopeScore += rule.Weight;
            }
        }

        return new RuleEvaluation
        {
            NormalisedText = normalised,
            Scores = scores,
            Hits = hits.OrderByDescending(h => h.Score).ToList(),
            ScopeHits = scopeHits,
            OutOfScopeScore = scopeScore,
        };
    }

    private static double BestFactor(string text, string term, QuestionClauses clauses)
    {
        var best = 0.0;
        for (var i = text.IndexOf(term, StringComparison.Ordinal); i >= 0; i = text.IndexOf(term, i + term.Length, StringComparison.Ordinal))
        {
            best = Math.Max(best, clauses.FactorAt(i));
        }
        return best;
    }

    private static (ScopeRule, Regex[])[] Compile(IEnumerable<ScopeRule> rules) =>
        rules.Select(r => (r, r.Patterns.Select(p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToArray())).ToArray();
}
