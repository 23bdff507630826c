namespace EnvBot.Data.Domain.Rectification;

/// <summary>
/// One finding of a health check (体检, seed 001; 一查二劝三改, seed 002) with its basis, suggestion and deadline.
/// Each finding is also a ledger matter (<see cref="MatterId"/>), so it appears in the enterprise's account.
/// </summary>
public sealed class RectificationItem
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public required string EnterpriseName { get; set; }
    public int MatterId { get; set; }

    public required string Finding { get; set; }

    /// <summary>The law article it rests on (《…》第…条), where there is one.</summary>
    public string? Basis { get; set; }

    public required string Suggestion { get; set; }

    /// <summary>Bureau-local last day to rectify; after it an open item is escalated to the block lead.</summary>
    public DateOnly Deadline { get; set; }

    public int RecordedByPersonId { get; set; }
    public required string RecordedByName { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    public RectificationState State { get; set; }

    /// <summary>What the enterprise says it did (the latest answer).</summary>
    public string? Answer { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>Why the guide returned the answer (the latest return).</summary>
    public string? ReturnReason { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>When the block lead was told it is past its deadline (once).</summary>
    public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>When, by whom and why it was handed to enforcement (seed 002 四罚).</summary>
    public DateTimeOffset? HandedOverAt { get; set; }
    public string? HandedOverBy { get; set; }
    public string? HandOverReason { get; set; }

    /// <summary>Bumped by every change; two concurrent changes cannot both be saved.</summary>
    public int Version { get; set; }
}
