using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Host.Protocol.Authentication;

/// <summary>Adapts <see cref="BotFrameworkAuthenticator"/> to the endpoint's <see cref="IInboundAuthenticator"/>.</summary>
public sealed class InboundAuthenticator(BotFrameworkAuthenticator authenticator) : IInboundAuthenticator
{
    public async Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            var o = await authenticator.AuthenticateAsync(authorizationHeader, activity, cancellationToken).ConfigureAwait(false);
            return new InboundAuthResult(o.Succeeded ? null : o.HttpStatus, o.ServiceUrlTrusted, o.CallerId, o.Reason);
        }
        catch (HttpRequestException)
        {
            // Signing keys never loaded and cannot be fetched now: 503 makes the channel retry rather than drop.
            return new InboundAuthResult(StatusCodes.Status503ServiceUnavailable, false, null, "signing keys unavailable");
        }
    }
}
