using EnvBot.Data.Domain.Pairings;
using EnvBot.Data.Guides;
using EnvBot.Data.Persistence.Seeding;

namespace EnvBot.Data.Tests.Guides;

/// <summary>Contact messages read against the real Dinghai pairing table, as the guide who sent them.</summary>
internal static class DinghaiContacts
{
    public static IReadOnlyList<PairingRow> Rows { get; } = PairingTableParser.Parse(DatabaseSeeder.ReadSeed("dinghai-pairings.csv")).Rows;

    public static ContactExtraction Extract(string guide, string text, DateTimeOffset sentAt) =>
        ContactExtractor.Extract(text, sentAt, PairingCandidates.FromRows(Rows, guide));
}
