namespace EnvBot.Data.Domain.DirectLine;

/// <summary>
/// A conversation started on EnvBot's own Direct Line endpoint (BOTFRAMEWORK.md §5). Kept in the database so a
/// person can reconnect after a page reload or a host restart.
/// </summary>
public sealed class DirectLineConversation
{
    public required string Id { get; set; }

    /// <summary>The user's id, once known: from the token, the start request, or the first activity.</summary>
    public string? UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
