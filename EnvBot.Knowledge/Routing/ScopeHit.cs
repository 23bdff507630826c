namespace EnvBot.Knowledge.Routing;

/// <summary>An out-of-scope (or in-scope marker) pattern that matched, with the matched text.</summary>
public sealed record ScopeHit(ScopeRule Rule, string Matched);
