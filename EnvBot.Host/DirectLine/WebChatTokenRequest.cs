namespace EnvBot.Host.DirectLine;

/// <summary>The page's token request: its stable user id and, for a returning visitor, the conversation to continue.</summary>
public sealed record WebChatTokenRequest(string? UserId, string? ConversationId);
