using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.DirectLine;

public sealed class DirectLineTokenTests
{
    [Fact]
    public async Task GenerateToken_WithSecret_ReturnsTokenForANewConversation()
    {
        await using var host = await TestHost.StartAsync(settings: DirectLineTestClient.Settings);
        var dl = new DirectLineTestClient(host);

        var generated = await dl.JsonAsync(HttpMethod.Post, "tokens/generate", DirectLineTestClient.Secret);

        Assert.False(string.IsNullOrEmpty(generated.GetProperty("conversationId").GetString()));
        Assert.False(string.IsNullOrEmpty(generated.GetProperty("token").GetString()));
        Assert.Equal(1800, generated.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task GenerateToken_WithoutOrWithWrongSecret_Returns401()
    {
        await using var host = await TestHost.StartAsync(settings: DirectLineTestClient.Settings);
        var dl = new DirectLineTestClient(host);

        using var missing = await dl.SendAsync(HttpMethod.Post, "tokens/generate", null);
        using var wrong = await dl.SendAsync(HttpMethod.Post, "tokens/generate", "not-the-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task StartConversation_SameTokenTwice_Returns201Then200WithStreamUrl()
    {
        await using var host = await TestHost.StartAsync(settings: DirectLineTestClient.Settings);
        var dl = new DirectLineTestClient(host);
        var token = (await dl.JsonAsync(HttpMethod.Post, "tokens/generate", DirectLineTestClient.Secret)).GetProperty("token").GetString();

        var first = await dl.JsonAsync(HttpMethod.Post, "conversations", token, expected: HttpStatusCode.Created);
        var second = await dl.JsonAsync(HttpMethod.Post, "conversations", token, expected: HttpStatusCode.OK);

        Assert.StartsWith("ws://", first.GetProperty("streamUrl").GetString());
        Assert.Equal(first.GetProperty("conversationId").GetString(), second.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task RefreshToken_BeforeExpiry_GivesATokenThatOutlivesTheFirst()
    {
        await using var host = await TestHost.StartAsync(settings: DirectLineTestClient.Settings);
        var dl = new DirectLineTestClient(host);
        var (conversationId, token) = await dl.StartAsync();

        host.Time.Advance(TimeSpan.FromMinutes(20));
        var refreshed = await dl.JsonAsync(HttpMethod.Post, "tokens/refresh", token);
        var newToken = refreshed.GetProperty("token").GetString()!;
        Assert.Equal(conversationId, refreshed.GetProperty("conversationId").GetString());
        host.Time.Advance(TimeSpan.FromMinutes(20));

        await dl.GetActivitiesAsync(conversationId, newToken);
        var expired = await dl.JsonAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", token, expected: HttpStatusCode.Forbidden);
        Assert.Equal("TokenExpired", DirectLineTestClient.ErrorCode(expired));
    }

    [Fact]
    public async Task Token_AfterExpiry_Returns403TokenExpiredAndCannotBeRefreshed()
    {
        await using var host = await TestHost.StartAsync(settings: DirectLineTestClient.Settings);
        var dl = new DirectLineTestClient(host);
        var (conversationId, token) = await dl.StartAsync();

        host.Time.Advance(TimeSpan.FromMinutes(31));

        var get = await dl.JsonAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", token, expected: HttpStatusCode.Forbidden);
        Assert.Equal("TokenExpired", DirectLineTestClient.ErrorCode(get));
        var refresh = await dl.JsonAsync(HttpMethod.Post, "tokens/refresh", token, expected: HttpStatusCode.Forbidden);
        Assert.Equal("TokenExpired", DirectLineTestClient.ErrorCode(refresh));
    }

    [Fact]
    public async Task Token_ForgedOrOfAnotherConversation_IsRefused()
    {
        await using var host = await TestHost.StartAsync(settings: DirectLineTestClient.Settings);
        var dl = new DirectLineTestClient(host);
        var (conversationA, tokenA) = await dl.StartAsync("u-alice");
        var (conversationB, tokenB) = await dl.StartAsync("u-bob");

        using var foreign = await dl.SendAsync(HttpMethod.Get, $"conversations/{conversationB}/activities", tokenA);
        using var foreignPost = await dl.SendAsync(HttpMethod.Post, $"conversations/{conversationA}/activities", tokenB, """{"type":"message","from":{"id":"u-bob"},"text":"hi"}""");
        // Same payload, signature of another token: not accepted.
        var forgedToken = tokenA.Split('.')[0] + "." + tokenB.Split('.')[1];
        using var forged = await dl.SendAsync(HttpMethod.Get, $"conversations/{conversationA}/activities", forgedToken);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignPost.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task Token_IssuedUnderAnotherSecret_IsRefused()
    {
        string conversationId, token;
        await using (var other = await TestHost.StartAsync(settings: new Dictionary<string, string?> { ["DirectLine:Secret"] = "another-secret" }))
        {
            (conversationId, token) = await new DirectLineTestClient(other, "another-secret").StartAsync();
        }
        await using var host = await TestHost.StartAsync(settings: DirectLineTestClient.Settings);

        using var response = await new DirectLineTestClient(host).SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
