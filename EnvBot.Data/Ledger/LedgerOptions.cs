using EnvBot.Data.Domain.Ledger;

namespace EnvBot.Data.Ledger;

/// <summary>Section <c>Ledger</c>: deadlines per kind of matter in China working days.</summary>
public sealed class LedgerOptions
{
    public Dictionary<string, int> DueWorkingDays { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public int DueWorkingDaysFor(string kind) => DueWorkingDays.TryGetValue(kind, out var days) && days > 0 ? days : MatterKinds.DefaultDueWorkingDays(kind);
}
