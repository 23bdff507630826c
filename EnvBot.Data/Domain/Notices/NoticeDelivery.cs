namespace EnvBot.Data.Domain.Notices;

/// <summary>
/// One enterprise's copy of a notice: when it was queued, when the channel took it (the outbox's send time: the proof
/// of when the enterprise was told, seed 004), when it was acknowledged (已阅), reminded, and listed for a phone call.
/// </summary>
public sealed class NoticeDelivery
{
    public int Id { get; set; }
    public int NoticeId { get; set; }
    public int EnterpriseId { get; set; }
    public required string EnterpriseName { get; set; }

    /// <summary>How many of the enterprise's chat accounts it was queued to (0: none can be reached in chat).</summary>
    public int Accounts { get; set; }

    public DateTimeOffset? QueuedAt { get; set; }

    /// <summary>The earliest time the channel accepted it for one of the enterprise's accounts (outbox SentAt).</summary>
    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }
    public string? AcknowledgedBy { get; set; }
    public DateTimeOffset? RemindedAt { get; set; }

    /// <summary>Not acknowledged after the reminder (or not reachable in chat): the bureau phones the enterprise.</summary>
    public DateTimeOffset? ListedForCallAt { get; set; }
}
