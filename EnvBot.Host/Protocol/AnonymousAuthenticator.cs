using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Host.Protocol;

/// <summary>
/// Used only when no MicrosoftAppId is configured (local use, BOTFRAMEWORK.md §4.4): a request without a token is
/// accepted; one that carries a token cannot be checked without an app id and is refused.
/// </summary>
public sealed class AnonymousAuthenticator : IInboundAuthenticator
{
    public Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(authorizationHeader is null
            ? InboundAuthResult.Anonymous
            : new InboundAuthResult(401, false, null, "a token was sent but no MicrosoftAppId is configured to validate it"));
}
