namespace EnvBot.Data.Domain.Outbox;

/// <summary>
/// A proactive message waiting to be sent (issue 5: "Proactive sends go through a persistent outbox"). It survives a
/// restart; a transient failure (connector down, 429, 5xx) is retried with backoff; a permanent one is recorded.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>Makes enqueueing idempotent: the same reminder or relay is queued once.</summary>
    public required string IdempotencyKey { get; set; }

    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }

    /// <summary>Picks the stored reference of this user in the conversation; null = any reference of the conversation.</summary>
    public string? UserId { get; set; }

    public required string ActivityJson { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
    public int? LastStatusCode { get; set; }

    /// <summary>Who claimed it for sending and until when (scale-out: one sender per message).</summary>
    public string? LockedBy { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
}
