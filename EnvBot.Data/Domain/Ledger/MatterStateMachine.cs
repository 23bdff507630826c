namespace EnvBot.Data.Domain.Ledger;

/// <summary>
/// The ledger's legal transitions as one table (issue 5): collected → assigned → in progress → resolved → closed,
/// plus 退回 back to 综合处 and 说明无法解决. Anything not in the table is refused and changes nothing.
/// </summary>
public static class MatterStateMachine
{
    private static readonly Dictionary<(MatterState From, MatterAction Action), MatterState> Table = new()
    {
        [(MatterState.Collected, MatterAction.Assign)] = MatterState.Assigned,
        // 综合处 re-assigns what a department returned.
        [(MatterState.Returned, MatterAction.Assign)] = MatterState.Assigned,
        [(MatterState.Returned, MatterAction.Reassign)] = MatterState.Assigned,
        [(MatterState.Assigned, MatterAction.Claim)] = MatterState.InProgress,
        // Answering an unclaimed matter claims it implicitly: staff should not need two steps for a quick answer.
        [(MatterState.Assigned, MatterAction.Answer)] = MatterState.Resolved,
        [(MatterState.InProgress, MatterAction.Answer)] = MatterState.Resolved,
        [(MatterState.Assigned, MatterAction.Reassign)] = MatterState.Assigned,
        [(MatterState.InProgress, MatterAction.Reassign)] = MatterState.Assigned,
        [(MatterState.Assigned, MatterAction.Return)] = MatterState.Returned,
        [(MatterState.InProgress, MatterAction.Return)] = MatterState.Returned,
        // DOMAIN.md §3: what cannot be solved soon is explained to the enterprise, not left silent.
        [(MatterState.Assigned, MatterAction.ExplainUnsolvable)] = MatterState.ExplainedUnsolvable,
        [(MatterState.InProgress, MatterAction.ExplainUnsolvable)] = MatterState.ExplainedUnsolvable,
        [(MatterState.Resolved, MatterAction.Close)] = MatterState.Closed,
        [(MatterState.ExplainedUnsolvable, MatterAction.Close)] = MatterState.Closed,
    };

    /// <returns>The state after <paramref name="action"/>, or null when the action is not allowed from <paramref name="from"/>.</returns>
    public static MatterState? Next(MatterState from, MatterAction action) =>
        Table.TryGetValue((from, action), out var to) ? to : null;

    /// <summary>States in which the matter is answered and done with; a query can filter on them (EF translates Contains).</summary>
    public static MatterState[] FinishedStates { get; } = [MatterState.Closed, MatterState.ExplainedUnsolvable, MatterState.Resolved];

    public static bool IsOpen(MatterState state) => Array.IndexOf(FinishedStates, state) < 0;

    /// <summary>States whose deadline still runs (someone has to act).</summary>
    public static bool DeadlineRuns(MatterState state) => state is MatterState.Assigned or MatterState.InProgress or MatterState.Returned;
}
