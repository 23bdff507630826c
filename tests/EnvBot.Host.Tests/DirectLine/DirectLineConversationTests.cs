using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using EnvBot.Data.Persistence.Storage;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Host.DirectLine;
using EnvBot.Host.Protocol;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.DirectLine;

public sealed class DirectLineConversationTests
{
    [Fact]
    public async Task Start_WithUserInToken_BotGreetsTheUser()
    {
        await using var host = await TestHost.StartAsync(settings: DirectLineTestClient.Settings);
        var dl = new DirectLineTestClient(host);
        var (conversationId, token) = await dl.StartAsync();

        var (activities, watermark) = await dl.GetActivitiesAsync(conversationId, token);

        var greeting = Assert.Single(activities);
        Assert.Contains("环保助手", greeting.GetProperty("text").GetString());
        Assert.Equal("bot", greeting.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal($"{conversationId}|0000000", greeting.GetProperty("id").GetString());
        Assert.Equal("0", watermark);
    }

    [Fact]
    public async Task PostActivity_EchoKeepsClientActivityIdAndComesBeforeTheReply()
    {
        await using var host = await TestHost.StartAsync(settings: DirectLineTestClient.Settings);
        var dl = new DirectLineTestClient(host);
        var (conversationId, token) = await dl.StartAsync();

        var id = await dl.PostMessageAsync(conversationId, token, "帮助", clientActivityId: "cid-42");
        var (activities, watermark) = await dl.GetActivitiesAsync(conversationId, token, "0");

        Assert.Equal($"{conversationId}|0000001", id);
        Assert.Equal(2, activities.Count);
        var echo = activities[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("cid-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("u-test-1", echo.GetProperty("from").GetProperty("id").GetString());
        var reply = activities[1];
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
        Assert.Contains("我能做的事", reply.GetProperty("text").GetString());
        Assert.Equal("2", watermark);
    }

    [Fact]
    public async Task Conversation_Unknown_Returns404()
    {
        await using var host = await TestHost.StartAsync(settings: DirectLineTestClient.Settings);
        var dl = new DirectLineTestClient(host);

        using var get = await dl.SendAsync(HttpMethod.Get, "conversations/no-such-conversation/activities", DirectLineTestClient.Secret);
        using var reconnect = await dl.SendAsync(HttpMethod.Get, "conversations/no-such-conversation", DirectLineTestClient.Secret);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reconnect.StatusCode);
    }

    [Fact]
    public async Task PostActivity_OversizeOrMalformed_Returns413Or400()
    {
        await using var host = await TestHost.StartAsync(settings: DirectLineTestClient.Settings);
        var dl = new DirectLineTestClient(host);
        var (conversationId, token) = await dl.StartAsync();

        var huge = new string('环', 100_000); // 300 KB of UTF-8
        using var oversize = await dl.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token, $$"""{"type":"message","from":{"id":"u-test-1"},"text":"{{huge}}"}""");
        using var malformed = await dl.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token, "{not json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversize.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task PostActivity_BotFails_Returns502BotRejectedActivity()
    {
        await using var host = await TestHost.StartAsync(settings: DirectLineTestClient.Settings,
            configure: b => b.Services.AddSingleton<IBot, FailingBot>());
        // Without an error handler the failure reaches the channel, as it would for a bot that crashed.
        host.Services.GetRequiredService<CloudAdapter>().OnTurnError = null;
        var dl = new DirectLineTestClient(host);
        var (conversationId, token) = await dl.StartAsync();

        var body = await dl.JsonAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token,
            """{"type":"message","from":{"id":"u-test-1"},"text":"帮助"}""", HttpStatusCode.BadGateway);

        Assert.Equal("BotRejectedActivity", DirectLineTestClient.ErrorCode(body));
    }

    [Fact]
    public async Task History_SurvivesAHostRestart_AndContinuesItsWatermark()
    {
        var databasePath = TestHost.NewDatabasePath();
        string conversationId, token;
        await using (var first = await TestHost.StartAsync(databasePath: databasePath, settings: DirectLineTestClient.Settings))
        {
            var dl = new DirectLineTestClient(first);
            (conversationId, token) = await dl.StartAsync();
            await dl.PostMessageAsync(conversationId, token, "帮助");
        }

        await using var second = await TestHost.StartAsync(databasePath: databasePath, settings: DirectLineTestClient.Settings);
        var again = new DirectLineTestClient(second);
        var (before, _) = await again.GetActivitiesAsync(conversationId, token);
        var id = await again.PostMessageAsync(conversationId, token, "咨询日安排");

        Assert.Equal(3, before.Count);
        Assert.Equal($"{conversationId}|0000003", id);
        var (after, watermark) = await again.GetActivitiesAsync(conversationId, token, "2");
        Assert.Equal(2, after.Count);
        Assert.Equal("4", watermark);
    }

    [Fact]
    public async Task ProactiveMessage_ThroughStoredReference_ReachesGetActivities()
    {
        await using var host = await TestHost.StartAsync(settings: DirectLineTestClient.Settings);
        var dl = new DirectLineTestClient(host);
        var (conversationId, token) = await dl.StartAsync();
        await dl.PostMessageAsync(conversationId, token, "帮助");

        var stored = await host.Services.GetRequiredService<ConversationReferenceStore>()
            .FindAsync(Channels.DirectLine, conversationId, "u-test-1", CancellationToken.None);
        Assert.NotNull(stored);
        var reference = JsonSerializer.Deserialize(stored.ReferenceJson, BotJson.Context.ConversationReference)!;
        var sent = await host.Services.GetRequiredService<CloudAdapter>()
            .SendProactiveAsync(reference, [Activity.CreateMessage("提醒：明天是企业环保咨询日。")], CancellationToken.None);

        var (activities, _) = await dl.GetActivitiesAsync(conversationId, token, "2");
        var proactive = Assert.Single(activities);
        Assert.Equal("提醒：明天是企业环保咨询日。", proactive.GetProperty("text").GetString());
        Assert.Equal(sent[0].Id, proactive.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Stream_ReplaysHistoryThenPushesLive_AndASecondSocketReplacesTheFirst()
    {
        await using var host = await TestHost.StartAsync(settings: DirectLineTestClient.Settings);
        var dl = new DirectLineTestClient(host);
        var (conversationId, token) = await dl.StartAsync();
        var reconnect = await dl.JsonAsync(HttpMethod.Get, $"conversations/{conversationId}?watermark=", token);
        var streamUrl = new Uri(reconnect.GetProperty("streamUrl").GetString()!);

        using var first = new ClientWebSocket();
        await first.ConnectAsync(streamUrl, CancellationToken.None);
        var replay = await ReceiveActivitySetAsync(first);
        Assert.Equal("0", replay.GetProperty("watermark").GetString());

        var id = await dl.PostMessageAsync(conversationId, token, "帮助", clientActivityId: "cid-ws");
        var echo = await ReceiveActivitySetAsync(first);
        Assert.Equal(id, echo.GetProperty("activities")[0].GetProperty("id").GetString());
        var reply = await ReceiveActivitySetAsync(first);
        Assert.Equal(id, reply.GetProperty("activities")[0].GetProperty("replyToId").GetString());

        var fresh = await dl.JsonAsync(HttpMethod.Get, $"conversations/{conversationId}?watermark=2", token);
        using var second = new ClientWebSocket();
        await second.ConnectAsync(new Uri(fresh.GetProperty("streamUrl").GetString()!), CancellationToken.None);
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var closed = await first.ReceiveAsync(buffer, timeout.Token);
        Assert.Equal(WebSocketMessageType.Close, closed.MessageType);
        Assert.Equal("collision", first.CloseStatusDescription);
    }

    private static async Task<JsonElement> ReceiveActivitySetAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var buffer = new byte[64 * 1024];
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);
            if (message.Length > 0)
            {
                return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
            }
        }
    }

    private sealed class FailingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The bot is broken.");
    }
}
