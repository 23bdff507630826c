namespace EnvBot.Data.Domain.Ledger;

/// <summary>Where a matter stands in the closed loop 收集 → 交办 → 跟踪 → 销号 (DOMAIN.md §3, issue 5). Stored by name.</summary>
public enum MatterState
{
    Collected,
    Assigned,
    InProgress,
    Resolved,
    Closed,
    Returned,
    ExplainedUnsolvable,
}
