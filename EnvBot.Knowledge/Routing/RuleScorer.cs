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
                var factor = BestFactor(normalised, term, clauses, rule.Subject);
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

        // An exception that matched silences the general rules it was written against (DOMAIN.md §1 routing table).
        var overridden = hits.SelectMany(h => h.Rule.Overrides).ToHashSet(StringComparer.Ordinal);
        if (overridden.Count > 0)
        {
            foreach (var silenced in hits.Where(h => overridden.Contains(h.Rule.Id)).ToList())
            {
                scores[silenced.Rule.Department] -= silenced.Score;
                hits.Remove(silenced);
            }
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

    private static double BestFactor(string text, string term, QuestionClauses clauses, SubjectCondition? subject)
    {
        var best = 0.0;
        for (var i = text.IndexOf(term, StringComparison.Ordinal); i >= 0; i = text.IndexOf(term, i + term.Length, StringComparison.Ordinal))
        {
            if (subject is not null && !SubjectAllows(text, i, term.Length, clauses, subject))
            {
                continue;
            }
            best = Math.Max(best, clauses.FactorAt(i));
        }
        return best;
    }

    /// <summary>The nearest subject before the term in its sentence, else after it in the sentence, else before it anywhere.</summary>
    private static bool SubjectAllows(string text, int position, int length, QuestionClauses clauses, SubjectCondition subject)
    {
        var (start, end) = clauses.SentenceAt(position);
        string? nearest = null;
        var nearestAt = -1;
        foreach (var s in subject.Terms)
        {
            var before = text.LastIndexOf(s, Math.Max(0, position - 1), StringComparison.Ordinal);
            if (before >= 0 && before + s.Length <= position + length && before > nearestAt)
            {
                (nearest, nearestAt) = (s, before);
            }
        }
        if (nearest is null || nearestAt < start)
        {
            string? after = null;
            var afterAt = int.MaxValue;
            foreach (var s in subject.Terms)
            {
                var i = text.IndexOf(s, position + length, StringComparison.Ordinal);
                if (i >= 0 && i < end && i < afterAt)
                {
                    (after, afterAt) = (s, i);
                }
            }
            nearest = after ?? nearest;
        }
        if (nearest is null)
        {
            return subject.Must.Count == 0;
        }
        return (subject.Must.Count == 0 || subject.Must.Contains(nearest)) && !subject.Against.Contains(nearest);
    }

    private static (ScopeRule, Regex[])[] Compile(IEnumerable<ScopeRule> rules) =>
        rules.Select(r => (r, r.Patterns.Select(p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToArray())).ToArray();
}
