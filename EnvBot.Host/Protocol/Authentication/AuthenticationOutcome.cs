namespace EnvBot.Host.Protocol.Authentication;

/// <summary>
/// The result of <see cref="BotFrameworkAuthenticator.AuthenticateAsync"/>. <see cref="Reason"/> is meant for logs and
/// never contains token contents.
/// </summary>
public sealed record AuthenticationOutcome
{
    /// <summary>The caller id the SDK stamps on activities from the public Azure Bot Service (BOTFRAMEWORK.md §4.1 step 7).</summary>
    public const string PublicAzureChannelCallerId = "urn:botframework:azure";

    private AuthenticationOutcome(AuthenticationStatus status, string reason, string? callerId, bool serviceUrlTrusted)
    {
        Status = status;
        Reason = reason;
        CallerId = callerId;
        ServiceUrlTrusted = serviceUrlTrusted;
    }

    public AuthenticationStatus Status { get; }

    /// <summary>Short, log-safe explanation ("serviceurl claim mismatch", "token expired", …).</summary>
    public string Reason { get; }

    /// <summary>The value to put in <c>activity.callerId</c>; null unless <see cref="AuthenticationStatus.Authenticated"/>.</summary>
    public string? CallerId { get; }

    /// <summary>True when the activity's serviceUrl was proven by the token and may receive the bot's outbound token.</summary>
    public bool ServiceUrlTrusted { get; }

    /// <summary>True for <see cref="AuthenticationStatus.Authenticated"/> and <see cref="AuthenticationStatus.Anonymous"/>.</summary>
    public bool Succeeded => Status is AuthenticationStatus.Authenticated or AuthenticationStatus.Anonymous;

    /// <summary>The HTTP status the endpoint should answer with when the request is refused; 200 when it succeeded.</summary>
    public int HttpStatus => Status switch
    {
        AuthenticationStatus.Unauthorized => 401,
        AuthenticationStatus.Forbidden => 403,
        _ => 200,
    };

    public static AuthenticationOutcome Authenticated(string callerId, bool serviceUrlTrusted) =>
        new(AuthenticationStatus.Authenticated, "authenticated", callerId, serviceUrlTrusted);

    public static AuthenticationOutcome Anonymous { get; } =
        new(AuthenticationStatus.Anonymous, "authentication disabled (no MicrosoftAppId)", null, false);

    public static AuthenticationOutcome Unauthorized(string reason) => new(AuthenticationStatus.Unauthorized, reason, null, false);

    public static AuthenticationOutcome Forbidden(string reason) => new(AuthenticationStatus.Forbidden, reason, null, false);
}
