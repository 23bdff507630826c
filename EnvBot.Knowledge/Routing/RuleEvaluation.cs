namespace EnvBot.Knowledge.Routing;

/// <summary>What the rule table found in a question: the weighted score per department and per out-of-scope evidence.</summary>
public sealed record RuleEvaluation
{
    public required string NormalisedText { get; init; }
    public required IReadOnlyDictionary<string, double> Scores { get; init; }
    public required IReadOnlyList<RuleHit> Hits { get; init; }
    public required IReadOnlyList<ScopeHit> ScopeHits { get; init; }

    /// <summary>Sum of out-of-scope evidence minus in-scope markers.</summary>
    public double OutOfScopeScore { get; init; }

    public IEnumerable<KeyValuePair<string, double>> Ranked => Scores.Where(s => s.Value > 0).OrderByDescending(s => s.Value);
}
