using EnvBot.Data.Domain.Ledger;

namespace EnvBot.Data.Ledger;

/// <summary>
/// An action on a matter as staff typed it or pressed it. <see cref="ExpectedVersion"/> and <see cref="ActionId"/>
/// come from a button; a typed command carries neither and is checked against the state alone.
/// </summary>
public sealed record LedgerCommand(
    int MatterId,
    MatterAction Action,
    string? Text = null,
    string? TargetDepartment = null,
    ReturnReason? ReturnReason = null,
    int? ExpectedVersion = null,
    string? ActionId = null);
