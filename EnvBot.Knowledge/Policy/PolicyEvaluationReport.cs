namespace EnvBot.Knowledge.Policy;

/// <summary>
/// Retrieval figures over a question set (policy-qa README, "Scoring"): hit@1, hit@5 and MRR@10; and per confidence
/// level how many questions got it and how many of those were answered first — whether the level the bot hands over at
/// (<see cref="RetrievalConfidence.Low"/>) is where the misses are.
/// </summary>
public sealed record PolicyEvaluationReport(int Questions, double RecallAt1, double RecallAt5, double Mrr, IReadOnlyList<string> Misses)
{
    public IReadOnlyDictionary<RetrievalConfidence, (int Questions, int First)> ByConfidence { get; init; } =
        new Dictionary<RetrievalConfidence, (int, int)>();
}
