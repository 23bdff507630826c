using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Host.Protocol;

public interface IInboundAuthenticator
{
    Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
