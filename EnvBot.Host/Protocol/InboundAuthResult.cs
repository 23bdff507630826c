namespace EnvBot.Host.Protocol;

/// <summary>Outcome of checking an inbound request: a failure status (401/403) or who called and whether its serviceUrl is trusted.</summary>
public sealed record InboundAuthResult(int? FailureStatus, bool ServiceUrlTrusted, string? CallerId, string? Reason)
{
    public bool Succeeded => FailureStatus is null;

    public static InboundAuthResult Anonymous { get; } = new(null, false, null, "anonymous");

    /// <summary>An activity produced inside this process (our own Direct Line): its serviceUrl is ours.</summary>
    public static InboundAuthResult Internal { get; } = new(null, true, "urn:envbot:internal", "internal");
}
