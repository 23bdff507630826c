using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using EnvBot.Data.Persistence.Storage;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Host.Protocol;
using EnvBot.Host.Tests.Infrastructure;
using EnvBot.Host.Tests.Jobs;

namespace EnvBot.Host.Tests.DirectLine;

/// <summary>
/// Issue 9: two instances on one PostgreSQL database; the browser's WebSocket is on instance A while the turn (or a
/// proactive message) runs on instance B. A must push what B appended, in order and once. Needs PostgreSQL: SQLite
/// serves one instance only.
/// </summary>
public sealed class DirectLineScaleOutTests
{
    [PostgresFact]
    public async Task ReplyAndProactiveProducedOnHostB_ReachTheSocketOnHostA()
    {
        var database = $"postgres:envbot_t_{Guid.NewGuid():N}";
        try
        {
            await using var hostA = await TestHost.StartAsync(databasePath: database, settings: DirectLineTestClient.Settings);
            await using var hostB = await TestHost.StartAsync(databasePath: database, settings: DirectLineTestClient.Settings);
            var onA = new DirectLineTestClient(hostA);
            var onB = new DirectLineTestClient(hostB);
            var (conversationId, token) = await onA.StartAsync();
            var reconnect = await onA.JsonAsync(HttpMethod.Get, $"conversations/{conversationId}?watermark=0", token);
            using var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri(reconnect.GetProperty("streamUrl").GetString()!), CancellationToken.None);

            var id = await onB.PostMessageAsync(conversationId, token, "帮助", clientActivityId: "cid-b");
            var received = await ReceiveUntilAsync(socket, 2);
            Assert.Equal(id, received[0].GetProperty("id").GetString());
            Assert.Equal(id, received[1].GetProperty("replyToId").GetString());
            Assert.Contains("我能做的事", received[1].GetProperty("text").GetString());

            var stored = await hostB.Services.GetRequiredService<ConversationReferenceStore>()
                .FindAsync(Channels.DirectLine, conversationId, "u-test-1", CancellationToken.None);
            var reference = JsonSerializer.Deserialize(stored!.ReferenceJson, BotJson.Context.ConversationReference)!;
            var sent = await hostB.Services.GetRequiredService<CloudAdapter>()
                .SendProactiveAsync(reference, [Activity.CreateMessage("提醒：明天是企业环保咨询日。")], CancellationToken.None);
            var proactive = Assert.Single(await ReceiveUntilAsync(socket, 1));
            Assert.Equal(sent[0].Id, proactive.GetProperty("id").GetString());

            // A turn on A after B's appends: A's own push continues the same watermark, with no repeat.
            await onA.PostMessageAsync(conversationId, token, "帮助");
            var local = await ReceiveUntilAsync(socket, 2);
            Assert.Equal($"{conversationId}|0000004", local[0].GetProperty("id").GetString());
            Assert.Equal($"{conversationId}|0000005", local[1].GetProperty("id").GetString());
        }
        finally
        {
            TestHost.DeleteDatabase(database);
        }
    }

    /// <summary>Reads frames until <paramref name="count"/> activities arrived; fails on a repeated activity id.</summary>
    private static async Task<List<JsonElement>> ReceiveUntilAsync(ClientWebSocket socket, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var activities = new List<JsonElement>();
        var buffer = new byte[64 * 1024];
        while (activities.Count < count)
        {
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
                var set = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
                activities.AddRange(set.GetProperty("activities").EnumerateArray());
            }
        }
        Assert.Equal(activities.Count, activities.Select(a => a.GetProperty("id").GetString()).Distinct().Count());
        return activities;
    }
}
