using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace EnvBot.Host.Tests.Infrastructure;

/// <summary>
/// A Bot Connector stand-in: a real HTTP server on loopback that records what the bot posts to
/// <c>/…/v3/conversations/{id}/activities[/{replyToId}]</c> and answers as a channel would.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<CapturedRequest> _requests = new();
    private int _counter;

    /// <summary>Decides the answer to each request; default 201 {"id": "..."} like Teams.</summary>
    public Func<CapturedRequest, IResult>? Responder { get; set; }

    private FakeConnector(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<CapturedRequest> Requests => _requests.ToArray();

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Map("/{**path}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            // RawTarget is the path as sent (still percent-encoded); Request.Path would decode %3A, %40, %7C…
            var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? "";
            var request = new CapturedRequest(http.Request.Method, http.Request.Path.Value ?? "", http.Request.Headers.Authorization.ToString(), body, rawTarget);
            connector._requests.Enqueue(request);
            return connector.Responder?.Invoke(request)
                ?? Results.Json(new { id = $"reply-{Interlocked.Increment(ref connector._counter)}" }, statusCode: 201);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.BaseUrl = new Uri(address + "/");
        return connector;
    }

    /// <summary>Waits until at least <paramref name="count"/> requests arrived (replies may be sent just after the HTTP answer).</summary>
    public async Task<IReadOnlyList<CapturedRequest>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (_requests.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        return Requests;
    }

    public void Clear() => _requests.Clear();

    /// <summary>
    /// Removes and returns what has arrived. Reading <see cref="Requests"/> and then calling <see cref="Clear"/> loses a
    /// request that lands between the two — under the full suite a proactive message did (health-check-rectification).
    /// </summary>
    public List<CapturedRequest> Take()
    {
        var taken = new List<CapturedRequest>();
        while (_requests.TryDequeue(out var request))
        {
            taken.Add(request);
        }
        return taken;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
