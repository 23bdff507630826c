namespace EnvBot.Host.RateLimiting;

/// <summary>
/// Section <c>RateLimiting</c> (issue 9). Per IP: flood protection only — all Teams traffic arrives from a few
/// Bot Connector addresses, so the bucket is wide. Per conversation: a person types at most a message every few seconds
/// and double-clicks a button now and then; a script hammering one conversation is held back.
/// </summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    public int PerIpBurst { get; set; } = 600;
    public int PerIpPerSecond { get; set; } = 100;

    public int PerConversationBurst { get; set; } = 20;
    public int PerConversationPerMinute { get; set; } = 30;
}
