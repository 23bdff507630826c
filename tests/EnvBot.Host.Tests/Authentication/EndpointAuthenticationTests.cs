using EnvBot.Data.Persistence.Storage;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Authentication;

/// <summary>
/// JWT validation through the real <c>/api/messages</c> (issue 2): a valid channel token passes and the reply carries
/// an outbound token; every bad token is refused with 401/403 and the bot never sees the activity.
/// </summary>
public sealed class EndpointAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "0b5c8f6e-1d1e-4f3a-9b1c-6a7e0c2d9f10";
    private const string Issuer = "https://api.botframework.com";
    private readonly TestSigningKey _key = new("key-1", "test", "msteams");
    private readonly TestSigningKey _unpublished = new("key-1");
    private FakeBotFrameworkServer _identity = null!;
    private FakeConnector _connector = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _identity = await FakeBotFrameworkServer.StartAsync();
        _identity.PublishChannelKeys(_key);
        _connector = await FakeConnector.StartAsync();
        _host = await TestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "s3cret",
            ["ToBotFromChannelOpenIdMetadataUrl"] = _identity.ChannelMetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = _identity.EmulatorMetadataUrl,
            ["ToChannelFromBotLoginUrl"] = _identity.BaseUrl + "/botframework.com",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _identity.DisposeAsync();
        _key.Dispose();
        _unpublished.Dispose();
    }

    [Fact]
    public async Task Post_ValidChannelToken_ProcessedAndReplyCarriesOutboundToken()
    {
        var activity = Message("帮助");
        using var response = await PostAsync(activity, Token(_key, AppId, Issuer, activity.ServiceUrl!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal("Bearer token-1", reply.Authorization);
        Assert.Contains("我能做的事", reply.Activity.Text);
    }

    public static TheoryData<string, HttpStatusCode> BadTokens => new()
    {
        { "wrong-audience", HttpStatusCode.Unauthorized },
        { "wrong-issuer", HttpStatusCode.Unauthorized },
        { "expired", HttpStatusCode.Unauthorized },
        { "bad-signature", HttpStatusCode.Unauthorized },
        { "endorsement-without-channel", HttpStatusCode.Forbidden },
        { "serviceurl-mismatch", HttpStatusCode.Unauthorized },
        { "no-token", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Post_BadToken_RefusedAndBotNeverSeesActivity(string kind, HttpStatusCode expected)
    {
        var activity = Message("帮助");
        if (kind == "endorsement-without-channel")
        {
            activity.ChannelId = "slack";
        }
        var now = _host.Time.GetUtcNow();
        var token = kind switch
        {
            "wrong-audience" => Token(_key, "another-bot", Issuer, activity.ServiceUrl!),
            "wrong-issuer" => Token(_key, AppId, "https://evil.example", activity.ServiceUrl!),
            "expired" => _key.CreateToken(Issuer, AppId, now.AddHours(-2), now.AddMinutes(-6), new Dictionary<string, object> { ["serviceurl"] = activity.ServiceUrl! }),
            "bad-signature" => Token(_unpublished, AppId, Issuer, activity.ServiceUrl!),
            "endorsement-without-channel" => Token(_key, AppId, Issuer, activity.ServiceUrl!),
            "serviceurl-mismatch" => Token(_key, AppId, Issuer, "https://smba.trafficmanager.net/amer/"),
            _ => null,
        };

        using var response = await PostAsync(activity, token);

        Assert.Equal(expected, response.StatusCode);
        // The bot never saw it: no reply, no state, no conversation reference, not marked processed.
        await Task.Delay(200);
        Assert.Empty(_connector.Requests);
        var store = _host.Services.GetRequiredService<BotStateStore>();
        Assert.Empty(await store.ReadAsync([$"{activity.ChannelId}/conversations/{activity.Conversation!.Id}"], CancellationToken.None));
        var references = _host.Services.GetRequiredService<ConversationReferenceStore>();
        Assert.Null(await references.FindAsync(activity.ChannelId!, activity.Conversation.Id!, null, CancellationToken.None));
    }

    private Activity Message(string text)
    {
        var activity = BotClient.Message(text, conversationId: $"conv-{Guid.NewGuid():N}", serviceUrl: _connector.BaseUrl.ToString(), expectReplies: false);
        activity.DeliveryMode = null;
        return activity;
    }

    private string Token(TestSigningKey key, string audience, string issuer, string serviceUrl)
    {
        var now = _host.Time.GetUtcNow();
        return key.CreateToken(issuer, audience, now.AddMinutes(-1), now.AddHours(1), new Dictionary<string, object> { ["serviceurl"] = serviceUrl });
    }

    private async Task<HttpResponseMessage> PostAsync(Activity activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(activity, BotJson.Context.Activity), System.Text.Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        return await _host.Client.SendAsync(request);
    }
}
