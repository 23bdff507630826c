using System.Text.Json;
using EnvBot.Data.Persistence.Storage;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Host.Protocol;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Protocol;

/// <summary>
/// Issue 9, nothing lost: a turn's replies are committed with its state, so when its host dies between the commit and
/// the send (bench/scaleout/run.sh kills one), the channel's retry is deduplicated and another host still delivers the
/// replies — once, after the dead host's lease.
/// </summary>
public sealed class UndeliveredReplyTests(HostWithConnector env) : IClassFixture<HostWithConnector>
{
    [Fact]
    public async Task DeliveredTurn_LeavesNothingForTheSweeper()
    {
        env.Connector.Clear();
        var message = BotClient.Message("帮助", conversationId: $"swept-{Guid.NewGuid():N}", serviceUrl: env.Connector.BaseUrl.ToString(), expectReplies: false);
        using var response = await env.Host.Client.PostAsync(message);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await env.Connector.WaitForAsync(1));

        env.Host.Time.Advance(TimeSpan.FromMinutes(1));
        await env.Host.Services.GetRequiredService<UndeliveredReplySweeper>().SweepAsync(default);
        await Task.Delay(200);
        Assert.Single(env.Connector.Requests);
    }

    [Fact]
    public async Task CommittedButUnsentReplies_AreSentOnceAfterTheLease_AndTheRetryIsNotATurn()
    {
        env.Connector.Clear();
        var conversation = $"died-{Guid.NewGuid():N}";
        var inbound = BotClient.Message("帮助", conversationId: conversation, serviceUrl: env.Connector.BaseUrl.ToString(), expectReplies: false);
        // What a host writes when the turn commits; it died before sending.
        var reply = new Activity
        {
            Type = ActivityTypes.Message, Text = "我能做的事：……", ChannelId = "test", ServiceUrl = env.Connector.BaseUrl.ToString(),
            Conversation = new ConversationAccount { Id = conversation }, ReplyToId = inbound.Id,
            From = new ChannelAccount { Id = "envbot" }, Recipient = new ChannelAccount { Id = inbound.From!.Id },
        };
        var json = JsonSerializer.Serialize(new ExpectedReplies { Activities = [reply] }, BotJson.Context.ExpectedReplies);
        var processed = env.Host.Services.GetRequiredService<ProcessedActivityStore>();
        Assert.True(await processed.TryMarkProcessedAsync("test", conversation, inbound.Id!, json, default));

        // The channel retries on another host: acknowledged, no second turn, no reply from the retry.
        using (var retried = await env.Host.Client.PostAsync(inbound))
        {
            Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        }
        var sweeper = env.Host.Services.GetRequiredService<UndeliveredReplySweeper>();
        await sweeper.SweepAsync(default);
        await Task.Delay(200);
        Assert.Empty(env.Connector.Requests);

        // The dying host's lease over, another host delivers the stored reply to the conversation, as a reply.
        env.Host.Time.Advance(ProcessedActivityStore.ReplyLease + TimeSpan.FromSeconds(1));
        await sweeper.SweepAsync(default);
        var sent = Assert.Single(await env.Connector.WaitForAsync(1));
        Assert.EndsWith($"/v3/conversations/{conversation}/activities/{inbound.Id}", sent.Path, StringComparison.Ordinal);
        Assert.Equal("我能做的事：……", sent.Activity.Text);

        // Once: later passes find nothing.
        env.Host.Time.Advance(TimeSpan.FromMinutes(5));
        await sweeper.SweepAsync(default);
        await Task.Delay(200);
        Assert.Single(env.Connector.Requests);
    }
}
