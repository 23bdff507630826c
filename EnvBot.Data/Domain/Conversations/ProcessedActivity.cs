namespace EnvBot.Data.Domain.Conversations;

/// <summary>
/// An inbound activity id already handled. Channels retry after 15 s (BOTFRAMEWORK.md §2.3); a retry of a handled
/// activity must not run the turn again.
/// </summary>
public sealed class ProcessedActivity
{
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string ActivityId { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
