namespace EnvBot.Knowledge.Routing;

/// <summary>
/// Where a question goes and why. <see cref="Department"/> is one of the table's labels (水处 … 办公室, 其他);
/// out-of-scope questions (信访、投诉举报) carry 其他 with <see cref="OutOfScope"/> set.
/// </summary>
public sealed record RoutingDecision
{
    public required string Department { get; init; }
    public bool OutOfScope { get; init; }

    /// <summary>The out-of-scope kind (信访 or 投诉举报) when <see cref="OutOfScope"/>.</summary>
    public string? OutOfScopeKind { get; init; }

    /// <summary>0..1.</summary>
    public double Confidence { get; init; }

    /// <summary>Other departments for separate sub-questions the text asks.</summary>
    public IReadOnlyList<string> Secondary { get; init; } = [];

    /// <summary>For 其他: the likely unit under the 三定方案 (执法支队, 法规处).</summary>
    public string? Unit { get; init; }

    /// <summary>Chinese: the rule or terms (or model rationale) that decided, e.g. "规则：危险废物→土壤处（命中：危废、贮存）".</summary>
    public required string Why { get; init; }

    public DecisionSource DecidedBy { get; init; }

    /// <summary>The routing-table version that made the decision.</summary>
    public string? TableVersion { get; init; }
}
