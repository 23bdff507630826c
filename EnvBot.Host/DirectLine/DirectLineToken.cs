namespace EnvBot.Host.DirectLine;

/// <summary>The claims of a token that passed its signature check; it may still have expired.</summary>
public sealed record DirectLineToken(string ConversationId, string? UserId, DirectLineTokenKind Kind, DateTimeOffset ExpiresAt);
