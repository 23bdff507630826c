namespace EnvBot.Data.Domain.Pairings;

/// <summary>
/// One readable row of a pairing table (结对表): enterprise, block, its leads, and the guide (may be absent).
/// <see cref="Seq"/> is the table's own 序号, which is how the bureau refers to a row ("row 26").
/// </summary>
public sealed record PairingRow(int Line, string Seq, string EnterpriseName, int BlockNumber, IReadOnlyList<string> BlockLeads, string? Guide, string? Note);
