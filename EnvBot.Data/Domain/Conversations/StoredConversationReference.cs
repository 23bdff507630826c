namespace EnvBot.Data.Domain.Conversations;

/// <summary>
/// The last known address of one user in one conversation, kept so proactive messages work after a restart
/// (BOTFRAMEWORK.md §3.3). <see cref="ReferenceJson"/> is the wire ConversationReference, refreshed on every inbound
/// activity because serviceUrl can change.
/// </summary>
public sealed class StoredConversationReference
{
    public long Id { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string UserId { get; set; }
    public string? UserName { get; set; }
    public string? TenantId { get; set; }
    public bool IsGroup { get; set; }
    public required string ServiceUrl { get; set; }

    /// <summary>True when the serviceUrl came from an authenticated activity (SPEC-ACT A7560).</summary>
    public bool ServiceUrlTrusted { get; set; }

    public required string ReferenceJson { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
