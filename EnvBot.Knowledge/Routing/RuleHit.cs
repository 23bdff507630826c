namespace EnvBot.Knowledge.Routing;

/// <summary>A rule that matched a question: the terms it found and the weighted vote it cast.</summary>
public sealed record RuleHit(RoutingRule Rule, IReadOnlyList<string> Terms, double Score, bool Asked);
