namespace EnvBot.Knowledge.Routing;

/// <summary>
/// Evidence that a question is a petition or complaint (信访、投诉举报, out of scope under seed 003 §五(二)) — or, with a
/// negative weight, that it only mentions a complaint against the asker and asks how to fix their own pollution.
/// Patterns are .NET regexes on the normalised question.
/// </summary>
public sealed record ScopeRule
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>信访 or 投诉举报; empty for in-scope markers.</summary>
    public string? Kind { get; init; }

    public double Weight { get; init; } = 1.0;
    public string? Source { get; init; }
    public IReadOnlyList<string> Patterns { get; init; } = [];
}
