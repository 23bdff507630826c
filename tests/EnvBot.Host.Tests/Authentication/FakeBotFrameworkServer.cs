using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EnvBot.Host.Tests.Authentication;

/// <summary>
/// A real loopback HTTP server standing in for login.botframework.com (channel metadata + JWKS with endorsements),
/// AAD (Emulator metadata + keys) and the AAD token endpoint <c>/{tenant}/oauth2/v2.0/token</c>.
/// </summary>
internal sealed class FakeBotFrameworkServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private readonly ConcurrentQueue<TokenRequest> _tokenRequests = new();
    private volatile TestSigningKey[] _channelKeys = [];
    private volatile TestSigningKey[] _emulatorKeys = [];
    private int _tokenCounter;

    private FakeBotFrameworkServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public string ChannelMetadataUrl => BaseUrl + "/channel/.well-known/openidconfiguration";

    public string EmulatorMetadataUrl => BaseUrl + "/emulator/.well-known/openid-configuration";

    public IReadOnlyCollection<TokenRequest> TokenRequests => _tokenRequests;

    /// <summary>What the token endpoint answers; by default a fresh token "token-N" valid for an hour.</summary>
    public Func<int, (int Status, object Body)> TokenResponse { get; set; } =
        n => (200, new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = $"token-{n}" });

    public TimeSpan TokenDelay { get; set; } = TimeSpan.Zero;

    public int ChannelMetadataRequests => _hits.GetValueOrDefault("channel-metadata");

    public int EmulatorMetadataRequests => _hits.GetValueOrDefault("emulator-metadata");

    public void PublishChannelKeys(params TestSigningKey[] keys) => _channelKeys = keys;

    public void PublishEmulatorKeys(params TestSigningKey[] keys) => _emulatorKeys = keys;

    public static async Task<FakeBotFrameworkServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeBotFrameworkServer(app);
        server.Map(app);
        await app.StartAsync();
        server.BaseUrl = app.Urls.Single().TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Origin(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";

    private void Map(WebApplication app)
    {
        app.MapGet("/channel/.well-known/openidconfiguration", (HttpContext context) =>
        {
            _hits.AddOrUpdate("channel-metadata", 1, (_, n) => n + 1);
            return Results.Json(new { issuer = "https://api.botframework.com", jwks_uri = Origin(context) + "/channel/keys", id_token_signing_alg_values_supported = new[] { "RS256" } });
        });
        app.MapGet("/channel/keys", () => Results.Json(new { keys = _channelKeys.Select(k => k.ToJwk()) }));

        app.MapGet("/emulator/.well-known/openid-configuration", (HttpContext context) =>
        {
            _hits.AddOrUpdate("emulator-metadata", 1, (_, n) => n + 1);
            return Results.Json(new { issuer = "https://login.microsoftonline.com/{tenantid}/v2.0", jwks_uri = Origin(context) + "/emulator/keys" });
        });
        app.MapGet("/emulator/keys", () => Results.Json(new { keys = _emulatorKeys.Select(k => k.ToJwk()) }));

        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext context, string tenant) =>
        {
            var form = await context.Request.ReadFormAsync();
            _tokenRequests.Enqueue(new TokenRequest(tenant, form.ToDictionary(f => f.Key, f => f.Value.ToString())));
            var n = Interlocked.Increment(ref _tokenCounter);
            if (TokenDelay > TimeSpan.Zero)
            {
                await Task.Delay(TokenDelay);
            }

            var (status, body) = TokenResponse(n);
            return Results.Content(JsonSerializer.Serialize(body), "application/json", statusCode: status);
        });
    }

    public sealed record TokenRequest(string Tenant, IReadOnlyDictionary<string, string> Form);
}
