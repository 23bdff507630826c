using EnvBot.Data.Domain.Pairings;

namespace EnvBot.Data.Guides;

/// <summary>
/// The enterprises a person may log a contact for, from a pairing table: their own as guide, and every enterprise of a
/// block they lead (DOMAIN.md §2 "Block leads serve too"); the rest of the table is kept, marked not theirs, so a
/// name of someone else's enterprise is recognized and asked about rather than missed.
/// </summary>
public static class PairingCandidates
{
    public static IReadOnlyList<PairedEnterprise> FromRows(IReadOnlyList<PairingRow> rows, string personName)
    {
        var ledBlocks = rows.Where(r => r.BlockLeads.Contains(personName)).Select(r => r.BlockNumber).ToHashSet();
        return rows
            .Select((r, i) => new PairedEnterprise(i + 1, r.EnterpriseName, r.Guide == personName || ledBlocks.Contains(r.BlockNumber), r.Guide))
            .ToList();
    }
}
