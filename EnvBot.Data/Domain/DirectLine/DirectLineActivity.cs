namespace EnvBot.Data.Domain.DirectLine;

/// <summary>
/// One activity of a Direct Line conversation's history, as sent to the client. <see cref="Sequence"/> is the
/// watermark (BOTFRAMEWORK.md §5.4): GET and reconnect resume after it without loss.
/// </summary>
public sealed class DirectLineActivity
{
    public required string ConversationId { get; set; }
    public long Sequence { get; set; }

    /// <summary>The wire activity with its assigned id and timestamp.</summary>
    public required string ActivityJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
