namespace EnvBot.Host.DirectLine;

/// <summary>Configuration section <c>DirectLine</c>.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>The Direct Line secret (master key, never expires). When empty a random one is generated at start.</summary>
    public string? Secret { get; set; }

    /// <summary>How long a conversation token lives; clients refresh it before then (BOTFRAMEWORK.md §5.2).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a streamUrl may wait to be opened (BOTFRAMEWORK.md §5.1: connect within 60 s).</summary>
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Interval of the empty keep-alive frames on the WebSocket stream (BOTFRAMEWORK.md §5.4).</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
}
