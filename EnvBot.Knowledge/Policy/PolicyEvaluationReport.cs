namespace EnvBot.Knowledge.Policy;

/// <summary>Retrieval figures over a question set (policy-qa README, "Scoring"): hit@1, hit@5 and MRR@10.</summary>
public sealed record PolicyEvaluationReport(int Questions, double RecallAt1, double RecallAt5, double Mrr, IReadOnlyList<string> Misses);
