namespace EnvBot.Data.Domain.People;

/// <summary>
/// A chat account (channel + user id) bound to a person or to an enterprise contact. One person may have several
/// (a Teams account and a Web Chat account).
/// </summary>
public sealed class ChannelIdentity
{
    public int Id { get; set; }
    public required string ChannelId { get; set; }
    public required string UserId { get; set; }
    public int? PersonId { get; set; }
    public int? EnterpriseContactId { get; set; }
    public DateTimeOffset BoundAt { get; set; }
}
