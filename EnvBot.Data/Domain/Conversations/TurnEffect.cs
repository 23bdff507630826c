namespace EnvBot.Data.Domain.Conversations;

/// <summary>
/// A row a chat turn created (a booking, a service record, a ledger matter), keyed by the activity that asked for it.
/// A channel delivers an activity again when the first delivery failed or took too long (BOTFRAMEWORK.md §2.3), maybe
/// to another host, maybe after the first attempt had committed its row but not the turn's state (the database went
/// away in between). The second attempt finds the row here instead of creating it again: bench/scaleout once booked an
/// enterprise twice that way (issue 9: processed exactly once).
/// </summary>
public sealed class TurnEffect
{
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string ActivityId { get; set; }

    /// <summary>What was created (<see cref="Persistence.Storage.TurnEffects"/> names the kinds); one of each per turn.</summary>
    public required string Kind { get; set; }

    /// <summary>The created row's id.</summary>
    public long EntityId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
