using EnvBot.Data.Persistence.Storage;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Protocol;

/// <summary>
/// Issue 9, processed and answered once: a host too slow for the channel (a database restarting under it) is still
/// running a turn when the channel's retry of the same activity is handled — and answered — on another host. The slow
/// host must then save nothing and say nothing; before, both hosts answered (bench/scaleout: "menu turns answered
/// twice").
/// </summary>
public sealed class RetryHandledElsewhereTests
{
    [Fact]
    public async Task TheSlowHost_FindsTheActivityHandled_WhenItCommits_AndDropsItsTurn()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await TestHost.StartAsync(configure: DatabaseOutage.Install);
        var conversation = $"slow-{Guid.NewGuid():N}";
        var first = BotClient.Message("帮助", conversationId: conversation, serviceUrl: connector.BaseUrl.ToString(), expectReplies: false);
        using (var answered = await host.Client.PostAsync(first))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }
        Assert.Single(await connector.WaitForAsync(1));
        Assert.Equal(1, await BotStateProbe.ReadTurnsAsync(host, "test", conversation));
        connector.Clear();

        // While this host runs the next turn, another host handles the channel's retry of it and records it.
        var second = BotClient.Message("帮助", conversationId: conversation, serviceUrl: connector.BaseUrl.ToString(), expectReplies: false);
        var processed = host.Services.GetRequiredService<ProcessedActivityStore>();
        host.Services.GetRequiredService<DatabaseOutage>().BeforeNextWrite(
            () => processed.TryMarkProcessedAsync("test", conversation, second.Id!, null, default));
        using var response = await host.Client.PostAsync(second);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(300);
        Assert.Empty(connector.Requests);
        // Its state write rolled back: the turn count is the winner's business, not bumped here.
        Assert.Equal(1, await BotStateProbe.ReadTurnsAsync(host, "test", conversation));
    }
}
