using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Host.Protocol.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EnvBot.Host.Tests.Authentication;

public sealed class BotFrameworkAuthenticatorTests : IAsyncLifetime
{
    private const string AppId = "8c4e6c5b-2f34-4b1d-9a57-3d1b2a6f0e11";
    private const string ChannelIssuer = "https://api.botframework.com";
    private const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";
    private const string EmulatorV1Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    private const string EmulatorV2Issuer = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly TestSigningKey _channelKey = new("channel-key-1", "msteams", "directline", "webchat");
    private readonly TestSigningKey _emulatorKey = new("aad-key-1");
    private FakeBotFrameworkServer _server = null!;
    private ServiceProvider _services = null!;

    private BotFrameworkAuthenticator Authenticator => _services.GetRequiredService<BotFrameworkAuthenticator>();

    private TrustedServiceUrls Trusted => _services.GetRequiredService<TrustedServiceUrls>();

    public async Task InitializeAsync()
    {
        _server = await FakeBotFrameworkServer.StartAsync();
        _server.PublishChannelKeys(_channelKey);
        _server.PublishEmulatorKeys(_emulatorKey);
        _services = BuildServices(AppId);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
        _channelKey.Dispose();
        _emulatorKey.Dispose();
    }

    [Fact]
    public async Task AuthenticateAsync_ValidChannelToken_AuthenticatesAndTrustsServiceUrl()
    {
        Assert.False(Trusted.ShouldAttachToken(TeamsServiceUrl));

        var outcome = await Authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
        Assert.Equal(200, outcome.HttpStatus);
        Assert.True(outcome.Succeeded);
        Assert.Equal("urn:botframework:azure", outcome.CallerId);
        Assert.True(outcome.ServiceUrlTrusted);
        Assert.True(Trusted.ShouldAttachToken(TeamsServiceUrl));
        Assert.True(_services.GetRequiredService<ConnectorTokenProvider>().ShouldAttachToken(TeamsServiceUrl));
    }

    [Theory]
    [InlineData(SecurityAlgorithmsNames.Rs384)]
    [InlineData(SecurityAlgorithmsNames.Rs512)]
    public async Task AuthenticateAsync_OtherAllowedRsaAlgorithm_Authenticates(string algorithm)
    {
        var token = _channelKey.CreateToken(ChannelIssuer, AppId, _time.GetUtcNow().AddMinutes(-1), _time.GetUtcNow().AddHours(1), ServiceUrlClaim(TeamsServiceUrl), algorithm);

        var outcome = await Authenticator.AuthenticateAsync(Bearer(token), TeamsActivity(), CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongAudience_Unauthorized()
    {
        var outcome = await Authenticator.AuthenticateAsync(Bearer(ChannelToken(audience: "another-bot")), TeamsActivity(), CancellationToken.None);

        AssertRefused(outcome, 401);
        Assert.Contains("audience", outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownIssuer_Unauthorized()
    {
        var outcome = await Authenticator.AuthenticateAsync(Bearer(ChannelToken(issuer: "https://evil.example")), TeamsActivity(), CancellationToken.None);

        AssertRefused(outcome, 401);
        Assert.Contains("issuer", outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_ChannelKeySigningEmulatorIssuer_Unauthorized()
    {
        // The Emulator path only trusts the AAD keys; a channel key does not make an AAD-issued token valid.
        var token = _channelKey.CreateToken(EmulatorV1Issuer, AppId, _time.GetUtcNow().AddMinutes(-1), _time.GetUtcNow().AddHours(1), new Dictionary<string, object> { ["appid"] = AppId, ["ver"] = "1.0" });

        var outcome = await Authenticator.AuthenticateAsync(Bearer(token), TeamsActivity(), CancellationToken.None);

        AssertRefused(outcome, 401);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredBeyondSkew_Unauthorized()
    {
        var now = _time.GetUtcNow();
        var token = ChannelToken(notBefore: now.AddHours(-1), expires: now.AddMinutes(-5).AddSeconds(-10));

        var outcome = await Authenticator.AuthenticateAsync(Bearer(token), TeamsActivity(), CancellationToken.None);

        AssertRefused(outcome, 401);
        Assert.Equal("token expired", outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinSkew_Authenticates()
    {
        var now = _time.GetUtcNow();
        var token = ChannelToken(notBefore: now.AddHours(-1), expires: now.AddMinutes(-4));

        var outcome = await Authenticator.AuthenticateAsync(Bearer(token), TeamsActivity(), CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_ValidTokenAfterClockMovesPastExpiry_Unauthorized()
    {
        var token = ChannelToken();
        Assert.Equal(AuthenticationStatus.Authenticated, (await Authenticator.AuthenticateAsync(Bearer(token), TeamsActivity(), CancellationToken.None)).Status);

        _time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(6));
        var outcome = await Authenticator.AuthenticateAsync(Bearer(token), TeamsActivity(), CancellationToken.None);

        AssertRefused(outcome, 401);
        Assert.Equal("token expired", outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValidBeyondSkew_Unauthorized()
    {
        var now = _time.GetUtcNow();
        var outcome = await Authenticator.AuthenticateAsync(Bearer(ChannelToken(notBefore: now.AddMinutes(6), expires: now.AddHours(1))), TeamsActivity(), CancellationToken.None);

        AssertRefused(outcome, 401);
        Assert.Equal("token not yet valid", outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_SignedByKeyNotInJwks_Unauthorized()
    {
        // Same kid as the published key, different private key: only the signature check can catch it.
        using var forger = new TestSigningKey(_channelKey.KeyId, "msteams");

        var outcome = await Authenticator.AuthenticateAsync(Bearer(ChannelToken(key: forger)), TeamsActivity(), CancellationToken.None);

        AssertRefused(outcome, 401);
        Assert.Equal("invalid signature", outcome.Reason);
        Assert.False(Trusted.ShouldAttachToken(TeamsServiceUrl));
    }

    [Fact]
    public async Task AuthenticateAsync_UnsignedToken_Unauthorized()
    {
        var unsigned = ChannelToken().Split('.') is var parts ? $"{Base64Json("{\"alg\":\"none\",\"kid\":\"channel-key-1\"}")}.{parts[1]}." : null;

        var outcome = await Authenticator.AuthenticateAsync(Bearer(unsigned!), TeamsActivity(), CancellationToken.None);

        AssertRefused(outcome, 401);
    }

    [Fact]
    public async Task AuthenticateAsync_EndorsementWithoutActivityChannel_Forbidden()
    {
        using var directLineOnly = new TestSigningKey("directline-key", "directline");
        _server.PublishChannelKeys(_channelKey, directLineOnly);

        var outcome = await Authenticator.AuthenticateAsync(Bearer(ChannelToken(key: directLineOnly)), TeamsActivity(), CancellationToken.None);

        AssertRefused(outcome, 403);
        Assert.Equal(AuthenticationStatus.Forbidden, outcome.Status);
        Assert.False(Trusted.ShouldAttachToken(TeamsServiceUrl));
    }

    [Fact]
    public async Task AuthenticateAsync_EmptyChannelId_PassesEndorsement()
    {
        using var directLineOnly = new TestSigningKey("directline-key", "directline");
        _server.PublishChannelKeys(_channelKey, directLineOnly);
        var activity = TeamsActivity();
        activity.ChannelId = null;

        var outcome = await Authenticator.AuthenticateAsync(Bearer(ChannelToken(key: directLineOnly)), activity, CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimMismatch_UnauthorizedAndUrlNotTrusted()
    {
        var activity = TeamsActivity();
        activity.ServiceUrl = "https://attacker.example/";

        var outcome = await Authenticator.AuthenticateAsync(Bearer(ChannelToken()), activity, CancellationToken.None);

        AssertRefused(outcome, 401);
        Assert.Equal("serviceurl claim mismatch", outcome.Reason);
        Assert.False(Trusted.ShouldAttachToken("https://attacker.example/"));
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyInCase_Authenticates()
    {
        var activity = TeamsActivity();
        activity.ServiceUrl = TeamsServiceUrl.ToUpperInvariant();

        var outcome = await Authenticator.AuthenticateAsync(Bearer(ChannelToken()), activity, CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_MissingServiceUrlClaim_Unauthorized()
    {
        var outcome = await Authenticator.AuthenticateAsync(Bearer(ChannelToken(serviceUrl: null)), TeamsActivity(), CancellationToken.None);

        AssertRefused(outcome, 401);
        Assert.Equal("missing serviceurl claim", outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_MissingHeaderWhenAuthOn_Unauthorized()
    {
        var outcome = await Authenticator.AuthenticateAsync(null, TeamsActivity(), CancellationToken.None);

        AssertRefused(outcome, 401);
        Assert.Equal(0, _server.ChannelMetadataRequests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("bearer {0}")]
    [InlineData("Basic {0}")]
    [InlineData("Bearer  {0}")]
    [InlineData("Bearer {0} extra")]
    [InlineData("{0}")]
    [InlineData("Bearer not-a-jwt")]
    public async Task AuthenticateAsync_MalformedHeader_Unauthorized(string headerFormat)
    {
        var header = string.Format(System.Globalization.CultureInfo.InvariantCulture, headerFormat, ChannelToken());

        var outcome = await Authenticator.AuthenticateAsync(header, TeamsActivity(), CancellationToken.None);

        AssertRefused(outcome, 401);
    }

    [Fact]
    public async Task AuthenticateAsync_AnonymousModeWithoutHeader_Anonymous()
    {
        await using var services = BuildServices(appId: null);

        var outcome = await services.GetRequiredService<BotFrameworkAuthenticator>().AuthenticateAsync(null, TeamsActivity(), CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Anonymous, outcome.Status);
        Assert.True(outcome.Succeeded);
        Assert.Equal(200, outcome.HttpStatus);
        Assert.Null(outcome.CallerId);
        Assert.False(outcome.ServiceUrlTrusted);
        Assert.False(services.GetRequiredService<TrustedServiceUrls>().ShouldAttachToken(TeamsServiceUrl));
        Assert.Equal(0, _server.ChannelMetadataRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_AnonymousModeWithHeader_Unauthorized()
    {
        await using var services = BuildServices(appId: null);

        var outcome = await services.GetRequiredService<BotFrameworkAuthenticator>().AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), CancellationToken.None);

        AssertRefused(outcome, 401);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyRotatedIn_RefreshesOnceThenAuthenticates()
    {
        Assert.Equal(AuthenticationStatus.Authenticated, (await Authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), CancellationToken.None)).Status);
        Assert.Equal(1, _server.ChannelMetadataRequests);

        using var rotated = new TestSigningKey("channel-key-2", "msteams");
        _server.PublishChannelKeys(_channelKey, rotated);
        var outcome = await Authenticator.AuthenticateAsync(Bearer(ChannelToken(key: rotated)), TeamsActivity(), CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
        Assert.Equal(2, _server.ChannelMetadataRequests);

        // The new key is now cached: no further fetch.
        await Authenticator.AuthenticateAsync(Bearer(ChannelToken(key: rotated)), TeamsActivity(), CancellationToken.None);
        Assert.Equal(2, _server.ChannelMetadataRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_RepeatedUnknownKids_RefetchRateLimited()
    {
        using var unknownA = new TestSigningKey("unknown-a", "msteams");
        using var unknownB = new TestSigningKey("unknown-b", "msteams");

        var first = await Authenticator.AuthenticateAsync(Bearer(ChannelToken(key: unknownA)), TeamsActivity(), CancellationToken.None);
        var second = await Authenticator.AuthenticateAsync(Bearer(ChannelToken(key: unknownB)), TeamsActivity(), CancellationToken.None);

        AssertRefused(first, 401);
        AssertRefused(second, 401);
        Assert.Equal("signing key not found", second.Reason);
        Assert.Equal(2, _server.ChannelMetadataRequests); // initial fetch + one forced refresh, not one per request

        _time.Advance(TimeSpan.FromMinutes(5));
        await Authenticator.AuthenticateAsync(Bearer(ChannelToken(key: unknownB)), TeamsActivity(), CancellationToken.None);
        Assert.Equal(3, _server.ChannelMetadataRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_After24Hours_RefreshesMetadata()
    {
        await Authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(23));
        await Authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), CancellationToken.None);
        Assert.Equal(1, _server.ChannelMetadataRequests);

        _time.Advance(TimeSpan.FromHours(1));
        var outcome = await Authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
        Assert.Equal(2, _server.ChannelMetadataRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataUnreachableWithCachedKeys_KeepsUsingCachedKeys()
    {
        await Authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), CancellationToken.None);
        await _server.DisposeAsync();
        _time.Advance(TimeSpan.FromHours(25));

        var outcome = await Authenticator.AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
        _server = await FakeBotFrameworkServer.StartAsync(); // DisposeAsync disposes it again
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataUnreachableWithoutCachedKeys_ThrowsHttpRequestException()
    {
        await using var services = BuildServices(AppId, new() { ["ToBotFromChannelOpenIdMetadataUrl"] = "http://127.0.0.1:1/nothing-here" });

        await Assert.ThrowsAsync<HttpRequestException>(
            () => services.GetRequiredService<BotFrameworkAuthenticator>().AuthenticateAsync(Bearer(ChannelToken()), TeamsActivity(), CancellationToken.None));
    }

    [Fact]
    public async Task AuthenticateAsync_BotsOwnConnectorTokenReplayed_Unauthorized()
    {
        // The bot's outbound token (§4.3): AAD issuer, appid = ours, but aud = the Connector, not the bot.
        var token = EmulatorToken(EmulatorV1Issuer, new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = AppId }, audience: "https://api.botframework.com");

        var outcome = await Authenticator.AuthenticateAsync(Bearer(token), EmulatorActivity(), CancellationToken.None);

        AssertRefused(outcome, 401);
        Assert.Contains("audience", outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorV1TokenWithOwnAppId_Authenticates()
    {
        var activity = EmulatorActivity();
        var token = EmulatorToken(EmulatorV1Issuer, new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = AppId });

        var outcome = await Authenticator.AuthenticateAsync(Bearer(token), activity, CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
        Assert.Equal("urn:botframework:azure", outcome.CallerId);
        Assert.True(Trusted.ShouldAttachToken(activity.ServiceUrl));
        Assert.Equal(1, _server.EmulatorMetadataRequests);
        Assert.Equal(0, _server.ChannelMetadataRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorTokenWithoutVersion_UsesAppIdClaim()
    {
        var token = EmulatorToken(EmulatorV1Issuer, new Dictionary<string, object> { ["appid"] = AppId });

        var outcome = await Authenticator.AuthenticateAsync(Bearer(token), EmulatorActivity(), CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorV2TokenWithOwnAzp_Authenticates()
    {
        var token = EmulatorToken(EmulatorV2Issuer, new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = AppId });

        var outcome = await Authenticator.AuthenticateAsync(Bearer(token), EmulatorActivity(), CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorV1TokenForAnotherApp_Unauthorized()
    {
        var token = EmulatorToken(EmulatorV1Issuer, new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = "someone-else" });

        var outcome = await Authenticator.AuthenticateAsync(Bearer(token), EmulatorActivity(), CancellationToken.None);

        AssertRefused(outcome, 401);
        Assert.Contains("appid", outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorV2TokenWithAppIdButForeignAzp_Unauthorized()
    {
        // v2.0 tokens carry the caller in azp; an appid claim must not be taken instead.
        var token = EmulatorToken(EmulatorV2Issuer, new Dictionary<string, object> { ["ver"] = "2.0", ["appid"] = AppId, ["azp"] = "someone-else" });

        var outcome = await Authenticator.AuthenticateAsync(Bearer(token), EmulatorActivity(), CancellationToken.None);

        AssertRefused(outcome, 401);
        Assert.Contains("azp", outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_SingleTenantEmulatorTokenFromOwnTenant_Authenticates()
    {
        const string tenant = "0f5c2d7e-1111-4a2b-9c3d-5e6f7a8b9c0d";
        await using var services = BuildServices(AppId, new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppTenantId"] = tenant });
        var token = EmulatorToken($"https://login.microsoftonline.com/{tenant}/v2.0", new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = AppId });

        var outcome = await services.GetRequiredService<BotFrameworkAuthenticator>().AuthenticateAsync(Bearer(token), EmulatorActivity(), CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_MultiTenantEmulatorTokenFromOtherTenant_Unauthorized()
    {
        var token = EmulatorToken("https://login.microsoftonline.com/0f5c2d7e-1111-4a2b-9c3d-5e6f7a8b9c0d/v2.0", new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = AppId });

        var outcome = await Authenticator.AuthenticateAsync(Bearer(token), EmulatorActivity(), CancellationToken.None);

        AssertRefused(outcome, 401);
    }

    private ServiceProvider BuildServices(string? appId, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = appId is null ? null : "s3cret",
            ["ToBotFromChannelOpenIdMetadataUrl"] = _server.ChannelMetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = _server.EmulatorMetadataUrl,
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddBotAuthentication(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    private string ChannelToken(
        TestSigningKey? key = null,
        string issuer = ChannelIssuer,
        string? audience = AppId,
        string? serviceUrl = TeamsServiceUrl,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null)
    {
        var now = _time.GetUtcNow();
        return (key ?? _channelKey).CreateToken(
            issuer,
            audience,
            notBefore ?? now.AddMinutes(-1),
            expires ?? now.AddHours(1),
            serviceUrl is null ? null : ServiceUrlClaim(serviceUrl));
    }

    private string EmulatorToken(string issuer, Dictionary<string, object> claims, string audience = AppId)
    {
        var now = _time.GetUtcNow();
        return _emulatorKey.CreateToken(issuer, audience, now.AddMinutes(-1), now.AddHours(1), claims);
    }

    private static Dictionary<string, object> ServiceUrlClaim(string serviceUrl) => new() { ["serviceurl"] = serviceUrl };

    private static string Bearer(string token) => "Bearer " + token;

    private static string Base64Json(string json) => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(json);

    private static Activity TeamsActivity() => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = "msteams",
        ServiceUrl = TeamsServiceUrl,
        Text = "hi",
    };

    private static Activity EmulatorActivity() => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = "emulator",
        ServiceUrl = "http://localhost:52734",
        Text = "hi",
    };

    private static void AssertRefused(AuthenticationOutcome outcome, int httpStatus)
    {
        Assert.Equal(httpStatus, outcome.HttpStatus);
        Assert.False(outcome.Succeeded);
        Assert.Null(outcome.CallerId);
        Assert.False(outcome.ServiceUrlTrusted);
    }

    private static class SecurityAlgorithmsNames
    {
        public const string Rs384 = "RS384";
        public const string Rs512 = "RS512";
    }
}
