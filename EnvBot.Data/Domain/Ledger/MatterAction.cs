namespace EnvBot.Data.Domain.Ledger;

/// <summary>What can happen to a matter; every one is recorded as a <see cref="MatterEvent"/>.</summary>
public enum MatterAction
{
    Collect,
    Assign,
    Claim,
    Answer,
    Reassign,
    Return,
    ExplainUnsolvable,
    Close,
}
