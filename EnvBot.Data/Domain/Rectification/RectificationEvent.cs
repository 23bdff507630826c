namespace EnvBot.Data.Domain.Rectification;

/// <summary>
/// One step in an item's history (seed 002 一查二劝三改四罚): recorded, answered, returned, accepted, escalated, handed
/// to enforcement. Append-only, so the record handed to enforcement lists every answer and return, not just the last.
/// </summary>
public sealed class RectificationEvent
{
    public long Id { get; set; }
    public int RectificationItemId { get; set; }
    public RectificationEventKind Kind { get; set; }
    public required string ActorName { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The answer, the return reason, the hand-over reason …</summary>
    public string? Text { get; set; }
}
