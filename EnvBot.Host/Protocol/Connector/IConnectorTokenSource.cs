namespace EnvBot.Host.Protocol.Connector;

/// <summary>Supplies the outbound bearer token, only for serviceUrls that may receive it (BOTFRAMEWORK.md §4.3).</summary>
public interface IConnectorTokenSource
{
    Task<string?> GetTokenForAsync(string serviceUrl, CancellationToken cancellationToken);
}
