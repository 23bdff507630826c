namespace EnvBot.Data.Domain.Compliance;

/// <summary>What the evaluation needs of a pairing: its id, its programme's rules and when it was in force.</summary>
public readonly record struct PairingTerms(int PairingId, ProgrammeRules Rules, DateOnly ValidFrom, DateOnly? ValidTo);
