using System.Collections.Concurrent;

namespace EnvBot.Host.Tests.Authentication;

/// <summary>
/// Sends requests for the real login hosts to the loopback server instead, keeping the path, so tests can assert
/// the authority the product code chose (e.g. <c>login.microsoftonline.com/{tenant}</c>) without leaving the machine.
/// </summary>
internal sealed class LoopbackRedirectHandler(Uri loopback, ConcurrentQueue<Uri> originalUris) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        originalUris.Enqueue(request.RequestUri!);
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = loopback.Scheme, Host = loopback.Host, Port = loopback.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
