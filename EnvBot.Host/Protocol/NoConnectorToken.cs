using EnvBot.Host.Protocol.Connector;

namespace EnvBot.Host.Protocol;

/// <summary>Anonymous mode: no Authorization header is sent to connectors (BOTFRAMEWORK.md §4.4).</summary>
public sealed class NoConnectorToken : IConnectorTokenSource
{
    public Task<string?> GetTokenForAsync(string serviceUrl, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
