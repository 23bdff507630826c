using System.Net.Http.Headers;
using System.Text;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Protocol;

/// <summary>What /api/messages answers to bodies that are not a usable activity, and to other methods (BOTFRAMEWORK.md §2.2).</summary>
public sealed class BadInputTests(HostWithConnector env) : IClassFixture<HostWithConnector>
{
    [Theory]
    [InlineData("""{"type":"message","text":"帮助",""")]
    [InlineData("""not json at all""")]
    [InlineData("""["type","message"]""")]
    [InlineData("")]
    public async Task Post_MalformedJson_Returns400(string body)
    {
        using var response = await env.Host.Client.PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"text":"帮助","conversation":{"id":"c"},"channelId":"test"}""")]
    [InlineData("""{"type":"","text":"帮助"}""")]
    [InlineData("""null""")]
    public async Task Post_MissingType_Returns400(string body)
    {
        using var response = await env.Host.Client.PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"type":"message","id":"m1","channelId":"test","serviceUrl":"http://127.0.0.1:9/","from":{"id":"u"},"recipient":{"id":"b"},"text":"帮助"}""")]
    [InlineData("""{"type":"message","id":"m2","channelId":"test","serviceUrl":"http://127.0.0.1:9/","from":{"id":"u"},"conversation":{"name":"x"},"text":"帮助"}""")]
    public async Task Post_MissingConversationId_Returns400(string body)
    {
        using var response = await env.Host.Client.PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://files.example/")]
    [InlineData("/relative/")]
    public async Task Post_UnusableServiceUrl_Returns400Not500(string serviceUrl)
    {
        var activity = BotClient.Message("帮助", conversationId: "bad-url", serviceUrl: serviceUrl, expectReplies: false);
        using var response = await env.Host.Client.PostAsync(activity);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await BotStateProbe.ReadTurnsAsync(env.Host, "test", "bad-url"));
    }

    [Fact]
    public async Task Post_ConnectorUnreachable_Returns200AndTurnCommits()
    {
        // Port 9 (discard) on loopback refuses connections: the reply fails, the turn does not.
        var activity = BotClient.Message("帮助", conversationId: "unreachable", serviceUrl: "http://127.0.0.1:9/", expectReplies: false);
        using var response = await env.Host.Client.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await BotStateProbe.ReadTurnsAsync(env.Host, "test", "unreachable"));
    }

    [Fact]
    public async Task Post_BodyOver256KbWithContentLength_Returns413()
    {
        using var content = new ByteArrayContent(OversizedActivity());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await env.Host.Client.PostAsync("api/messages", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOver256KbChunked_Returns413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new ByteArrayContent(OversizedActivity()) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;
        using var response = await env.Host.Client.SendAsync(request);
        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyJustUnder256Kb_IsProcessed()
    {
        var activity = BotClient.Message(new string('a', 200 * 1024), conversationId: "big-ok");
        var replies = await env.Host.Client.SendAsync(activity);
        Assert.Single(replies);
    }

    [Fact]
    public async Task Post_UnknownActivityType_Returns200WithoutReply()
    {
        env.Connector.Clear();
        var activity = BotClient.Message("帮助", conversationId: "unknown-type", serviceUrl: env.Connector.BaseUrl.ToString(), expectReplies: false);
        activity.Type = "somethingFromTheFuture";
        using var response = await env.Host.Client.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await Task.Delay(200);
        Assert.Empty(env.Connector.Requests);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task NonPost_ApiMessages_Returns405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "api/messages");
        if (method is "PUT" or "PATCH")
        {
            request.Content = new StringContent("""{"type":"message","text":"帮助"}""", Encoding.UTF8, "application/json");
        }
        using var response = await env.Host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_SameActivityIdTwice_ProcessedOnce()
    {
        env.Connector.Clear();
        const string conversation = "dup-conv";
        var activity = BotClient.Message("帮助", conversationId: conversation, serviceUrl: env.Connector.BaseUrl.ToString(), expectReplies: false);
        var json = System.Text.Json.JsonSerializer.Serialize(activity, BotJson.Context.Activity);

        using var first = await env.Host.Client.PostRawAsync(json);
        using var second = await env.Host.Client.PostRawAsync(json);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await Task.Delay(200);
        Assert.Single(env.Connector.Requests);
        Assert.Equal(1, await BotStateProbe.ReadTurnsAsync(env.Host, "test", conversation));
    }

    [Fact]
    public async Task Post_SameActivityIdTwiceWithExpectReplies_SecondGetsNoReplies()
    {
        var activity = BotClient.Message("帮助", conversationId: "dup-expect");
        Assert.Single(await env.Host.Client.SendAsync(activity));
        Assert.Empty(await env.Host.Client.SendAsync(activity));
        Assert.Equal(1, await BotStateProbe.ReadTurnsAsync(env.Host, "test", "dup-expect"));
    }

    [Fact]
    public async Task Post_RetryArrivesWhileFirstDeliveryStillRunning_ProcessedOnce()
    {
        // A channel retries after ~15 s even if the first request is still being processed (BOTFRAMEWORK.md §2.3).
        env.Connector.Clear();
        const string conversation = "dup-overlap";
        var activity = BotClient.Message("咨询日", conversationId: conversation, serviceUrl: env.Connector.BaseUrl.ToString(), expectReplies: false);
        var json = System.Text.Json.JsonSerializer.Serialize(activity, BotJson.Context.Activity);

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => env.Host.Client.PostRawAsync(json)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var r in responses)
        {
            r.Dispose();
        }
        await Task.Delay(200);
        Assert.Single(env.Connector.Requests);
        Assert.Equal(1, await BotStateProbe.ReadTurnsAsync(env.Host, "test", conversation));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    public async Task Post_ConcurrentMessagesInOneConversation_AllProcessedNoneLost(int count)
    {
        env.Connector.Clear();
        var conversation = $"concurrent-{count}";
        var serviceUrl = new Uri(env.Connector.BaseUrl, $"c{count}/").ToString();
        var activities = Enumerable.Range(0, count)
            .Select(i => BotClient.Message(i % 2 == 0 ? "帮助" : "咨询日", conversationId: conversation, serviceUrl: serviceUrl, expectReplies: false))
            .ToList();

        var responses = await Task.WhenAll(activities.Select(a => env.Host.Client.PostAsync(a)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var r in responses)
        {
            r.Dispose();
        }
        var replies = (await env.Connector.WaitForAsync(count)).Where(r => r.Path.StartsWith($"/c{count}/", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            activities.Select(a => a.Id!).Order(StringComparer.Ordinal),
            replies.Select(r => r.Activity.ReplyToId!).Order(StringComparer.Ordinal));
        Assert.Equal(count, await BotStateProbe.ReadTurnsAsync(env.Host, "test", conversation));
    }

    private static byte[] OversizedActivity()
    {
        var activity = BotClient.Message(new string('a', 300 * 1024), conversationId: "too-big");
        return Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(activity, BotJson.Context.Activity));
    }
}
