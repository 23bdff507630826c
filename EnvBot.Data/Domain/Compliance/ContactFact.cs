namespace EnvBot.Data.Domain.Compliance;

/// <summary>One recorded contact as the frequency rules see it: which pairing, on which bureau-local day, how.</summary>
public readonly record struct ContactFact(int PairingId, DateOnly Date, ContactChannel Channel);
