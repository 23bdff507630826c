namespace EnvBot.Host.DirectLine;

/// <summary>
/// The page's token request: its stable user id and, for a returning visitor, the conversation to continue; in demo
/// mode, the persona (<see cref="Demo.DemoMode.Personas"/>) this user id talks as.
/// </summary>
public sealed record WebChatTokenRequest(string? UserId, string? ConversationId, string? Persona = null);
