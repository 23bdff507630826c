namespace EnvBot.Host.DirectLine;

/// <summary>Who called a Direct Line endpoint: the secret holder (any conversation) or a token's conversation and user.</summary>
public sealed record DirectLineCaller(bool IsSecret, DirectLineToken? Token, string RawCredential)
{
    public bool MayAccess(string conversationId) => IsSecret || Token?.ConversationId == conversationId;
}
