namespace EnvBot.Data.Domain.Ledger;

/// <summary>One transition of a matter: who, when, why. Append-only: never updated, never deleted (issue 5).</summary>
public sealed class MatterEvent
{
    public long Id { get; set; }
    public int MatterId { get; set; }

    /// <summary>1, 2, 3 … within the matter; unique with <see cref="MatterId"/>, so two concurrent transitions cannot both land.</summary>
    public int Sequence { get; set; }

    public MatterAction Action { get; set; }
    public MatterState? FromState { get; set; }
    public MatterState ToState { get; set; }
    public int? ActorPersonId { get; set; }
    public required string ActorName { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>Why: the answer, the reassignment reason, the return reason's text, the routing explanation …</summary>
    public string? Reason { get; set; }

    public ReturnReason? ReturnReason { get; set; }

    /// <summary>The department the matter is with after this event.</summary>
    public string? DepartmentName { get; set; }

    /// <summary>For an assignment: which rule or model decided (DOMAIN.md §1: every routing decision records which rule made it).</summary>
    public string? DecidedBy { get; set; }

    public double? Confidence { get; set; }

    /// <summary>The id of the button press or command that caused it, when one was given; a repeat is refused.</summary>
    public string? ActionId { get; set; }
}
