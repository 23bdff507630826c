namespace EnvBot.Knowledge.Routing;

/// <summary>
/// One topic of the routing table: any of <see cref="Terms"/> (substrings of the normalised question) votes
/// <see cref="Weight"/> for <see cref="Department"/>, provided every group in <see cref="Requires"/> has a hit somewhere
/// in the question and no <see cref="Excludes"/> term occurs. Exceptions are rules with a higher weight
/// (VOCs total quantity → 大气处, marine-project EIA → 水处) that name the general rules they replace (<see cref="Overrides"/>).
/// </summary>
public sealed record RoutingRule
{
    public required string Id { get; init; }

    /// <summary>The rule's Chinese name, shown in the decision's Why.</summary>
    public required string Name { get; init; }

    public required string Department { get; init; }

    /// <summary>For 其他: the likely responsible unit under the 三定方案 (执法支队, 法规处).</summary>
    public string? Unit { get; init; }

    public double Weight { get; init; } = 1.0;

    /// <summary>Where the rule comes from, e.g. "seed 003 §五(一)".</summary>
    public string? Source { get; init; }

    public IReadOnlyList<string> Terms { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<string>> Requires { get; init; } = [];
    public IReadOnlyList<string> Excludes { get; init; } = [];

    /// <summary>When set, a term occurrence counts only if the pollutant it is about passes this condition.</summary>
    public SubjectCondition? Subject { get; init; }

    /// <summary>
    /// Ids of the general rules this exception replaces when it matches: "EIA of a marine project → 水处, not 环评处"
    /// means the EIA rules do not vote at all for such a question, wherever in it the marine project is named.
    /// </summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];
}
