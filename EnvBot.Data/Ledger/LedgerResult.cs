using EnvBot.Data.Domain.Ledger;

namespace EnvBot.Data.Ledger;

/// <summary>What a ledger operation did; <see cref="Matter"/> is the matter after it (or as found, when refused).</summary>
public sealed record LedgerResult(LedgerOutcome Outcome, Matter? Matter, MatterEvent? Event = null, string? DepartmentName = null)
{
    public bool Applied => Outcome == LedgerOutcome.Applied;
}
