namespace EnvBot.Data.Domain.ConsultationDay;

/// <summary>
/// A booking dialog that was started and not yet submitted, so the reminder three days before booking closes can
/// reach the enterprise (issue 7). Holds no form data: only who, where, and for which session.
/// </summary>
public sealed class BookingDraft
{
    public int Id { get; set; }

    public required string ChannelId { get; set; }

    public required string UserId { get; set; }

    public required string ConversationId { get; set; }

    public DateOnly SessionDate { get; set; }

    public DateTimeOffset StartedAt { get; set; }
}
