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

    /// <summary>
    /// The turn's replies (an <c>ExpectedReplies</c> JSON) from the commit of the turn until they were handed to the
    /// channel; null once delivered or when there were none. Committed together with the turn's state, so a host that
    /// dies between the commit and the send cannot lose them (issue 9: nothing is lost).
    /// </summary>
    public string? UndeliveredReplies { get; set; }

    /// <summary>From when another host may deliver <see cref="UndeliveredReplies"/> (the turn's own host had its chance).</summary>
    public DateTimeOffset? RepliesDueAt { get; set; }
}
