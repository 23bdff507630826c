using System.Collections.Concurrent;
using EnvBot.Host.Protocol.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EnvBot.Host.Tests.Authentication;

public sealed class ConnectorTokenProviderTests : IAsyncLifetime
{
    private const string AppId = "8c4e6c5b-2f34-4b1d-9a57-3d1b2a6f0e11";
    private const string Password = "very-s3cret-value";
    private const string Tenant = "0f5c2d7e-1111-4a2b-9c3d-5e6f7a8b9c0d";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentQueue<Uri> _requestedUris = new();
    private FakeBotFrameworkServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeBotFrameworkServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetTokenAsync_MultiTenant_PostsClientCredentialsToBotFrameworkAuthority()
    {
        await using var services = BuildServices();

        var token = await services.GetRequiredService<ConnectorTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", token);
        Assert.Equal(new Uri("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"), Assert.Single(_requestedUris));
        var request = Assert.Single(_server.TokenRequests);
        Assert.Equal("client_credentials", request.Form["grant_type"]);
        Assert.Equal(AppId, request.Form["client_id"]);
        Assert.Equal(Password, request.Form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
    }

    [Fact]
    public async Task GetTokenAsync_SingleTenant_UsesTenantAuthority()
    {
        await using var services = BuildServices(new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppTenantId"] = Tenant });

        await services.GetRequiredService<ConnectorTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Equal(new Uri($"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/token"), Assert.Single(_requestedUris));
        Assert.Equal(Tenant, Assert.Single(_server.TokenRequests).Tenant);
    }

    [Fact]
    public async Task GetTokenAsync_ConfiguredLoginUrlAndScope_UsesThem()
    {
        await using var services = BuildServices(new()
        {
            ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us/",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.us",
        });

        await services.GetRequiredService<ConnectorTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Equal(new Uri("https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us/oauth2/v2.0/token"), Assert.Single(_requestedUris));
        Assert.Equal("https://api.botframework.us/.default", Assert.Single(_server.TokenRequests).Form["scope"]);
    }

    [Fact]
    public async Task GetTokenAsync_SecondCall_UsesCachedToken()
    {
        await using var services = BuildServices();
        var provider = services.GetRequiredService<ConnectorTokenProvider>();

        var first = await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(54));
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(_server.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_FiveMinutesBeforeExpiry_RefreshesToken()
    {
        await using var services = BuildServices();
        var provider = services.GetRequiredService<ConnectorTokenProvider>();
        await provider.GetTokenAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(55));
        var refreshed = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-2", refreshed);
        Assert.Equal(2, _server.TokenRequests.Count);
    }

    [Fact]
    public async Task GetTokenAsync_ConcurrentCallers_ShareOneRequest()
    {
        _server.TokenDelay = TimeSpan.FromMilliseconds(300);
        await using var services = BuildServices();
        var provider = services.GetRequiredService<ConnectorTokenProvider>();

        var tokens = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => provider.GetTokenAsync(CancellationToken.None))));

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Single(_server.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_InvalidateToken_FetchesNewToken()
    {
        await using var services = BuildServices();
        var provider = services.GetRequiredService<ConnectorTokenProvider>();
        await provider.GetTokenAsync(CancellationToken.None);

        provider.InvalidateToken();

        Assert.Equal("token-2", await provider.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetTokenAsync_Anonymous_ReturnsNullWithoutRequest()
    {
        await using var services = BuildServices(new() { ["MicrosoftAppId"] = "" });

        var token = await services.GetRequiredService<ConnectorTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Null(token);
        Assert.Empty(_requestedUris);
    }

    [Fact]
    public async Task GetTokenAsync_EndpointRefuses_ThrowsWithoutLeakingSecret()
    {
        _server.TokenResponse = _ => (401, new { error = "invalid_client", error_description = $"bad secret {Password}" });
        await using var services = BuildServices();

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => services.GetRequiredService<ConnectorTokenProvider>().GetTokenAsync(CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Contains("invalid_client", ex.Message);
        Assert.DoesNotContain(Password, ex.Message);
    }

    [Fact]
    public async Task GetTokenAsync_UserAssignedMsi_NotSupported()
    {
        await using var services = BuildServices(new() { ["MicrosoftAppType"] = "UserAssignedMSI" });

        await Assert.ThrowsAsync<NotSupportedException>(() => services.GetRequiredService<ConnectorTokenProvider>().GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetTokenForAsync_UntrustedServiceUrl_ReturnsNullWithoutRequest()
    {
        await using var services = BuildServices();
        var provider = services.GetRequiredService<ConnectorTokenProvider>();

        Assert.False(provider.ShouldAttachToken("https://attacker.example/"));
        Assert.Null(await provider.GetTokenForAsync("https://attacker.example/", CancellationToken.None));
        Assert.Empty(_requestedUris);
    }

    [Fact]
    public async Task GetTokenForAsync_TrustedServiceUrl_ReturnsToken()
    {
        await using var services = BuildServices();
        services.GetRequiredService<TrustedServiceUrls>().Trust("https://smba.trafficmanager.net/amer/");
        var provider = services.GetRequiredService<ConnectorTokenProvider>();

        Assert.True(provider.ShouldAttachToken("https://smba.trafficmanager.net/amer"));
        Assert.Equal("token-1", await provider.GetTokenForAsync("https://smba.trafficmanager.net/amer/", CancellationToken.None));
    }

    [Fact]
    public async Task ShouldAttachToken_AnonymousEvenForTrustedUrl_False()
    {
        await using var services = BuildServices(new() { ["MicrosoftAppId"] = null });
        services.GetRequiredService<TrustedServiceUrls>().Trust("https://smba.trafficmanager.net/amer/");

        Assert.False(services.GetRequiredService<ConnectorTokenProvider>().ShouldAttachToken("https://smba.trafficmanager.net/amer/"));
    }

    private ServiceProvider BuildServices(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = Password,
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddBotAuthentication(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        // Keep the real authority in the URL the product code builds; deliver it to the loopback fake.
        services.AddHttpClient(BotAuthenticationServiceCollectionExtensions.HttpClientName)
            .AddHttpMessageHandler(() => new LoopbackRedirectHandler(new Uri(_server.BaseUrl), _requestedUris));
        return services.BuildServiceProvider();
    }
}
