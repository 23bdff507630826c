namespace EnvBot.Data.Ledger;

/// <summary>A routing decision as the ledger records it on the Assigned event: where, why, and which rule or model decided.</summary>
public sealed record MatterRouting(string Department, string Why, string DecidedBy, double Confidence, bool OutOfScope);
