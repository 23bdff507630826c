namespace EnvBot.Host.DirectLine;

/// <summary>What a signed token grants: the conversation's REST calls, or opening its stream once (the streamUrl's <c>t</c>).</summary>
public enum DirectLineTokenKind
{
    Conversation,
    Stream,
}
