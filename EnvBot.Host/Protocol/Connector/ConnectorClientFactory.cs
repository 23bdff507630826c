using System.Collections.Concurrent;

namespace EnvBot.Host.Protocol.Connector;

/// <summary>
/// Picks the connector for a serviceUrl: an in-process channel registered for it (EnvBot's own Direct Line), else HTTP.
/// </summary>
public sealed class ConnectorClientFactory(HttpConnectorClient http)
{
    private readonly ConcurrentDictionary<string, IConnectorClient> _inProcess = new(StringComparer.OrdinalIgnoreCase);

    public void RegisterInProcess(string serviceUrl, IConnectorClient client) => _inProcess[Normalize(serviceUrl)] = client;

    public IConnectorClient For(string? serviceUrl) =>
        serviceUrl is not null && _inProcess.TryGetValue(Normalize(serviceUrl), out var client) ? client : http;

    private static string Normalize(string serviceUrl) => serviceUrl.TrimEnd('/');
}
