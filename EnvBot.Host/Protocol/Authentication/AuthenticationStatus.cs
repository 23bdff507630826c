namespace EnvBot.Host.Protocol.Authentication;

/// <summary>What <see cref="BotFrameworkAuthenticator"/> decided about an inbound request (BOTFRAMEWORK.md §4.1).</summary>
public enum AuthenticationStatus
{
    /// <summary>A valid channel or Emulator token; the activity's serviceUrl is now trusted.</summary>
    Authenticated,

    /// <summary>No MicrosoftAppId is configured and no Authorization header was sent (BOTFRAMEWORK.md §4.4).</summary>
    Anonymous,

    /// <summary>Missing, malformed or invalid token: answer 401.</summary>
    Unauthorized,

    /// <summary>A valid token whose signing key is not endorsed for the activity's channel: answer 403.</summary>
    Forbidden,
}
