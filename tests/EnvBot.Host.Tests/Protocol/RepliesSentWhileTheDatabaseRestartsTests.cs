using EnvBot.Data.Persistence.Storage;
using EnvBot.Host.Protocol;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Protocol;

/// <summary>
/// Issue 9, answered once: a turn's replies went out, then the database was briefly away when the host went to record
/// that (bench/scaleout restarts PostgreSQL under load; three menu turns were answered twice that way). The record
/// must still be made, or another host sends the same answers again after the lease.
/// </summary>
public sealed class RepliesSentWhileTheDatabaseRestartsTests
{
    [Fact]
    public async Task RecordingTheRepliesAsSent_WaitsForTheDatabase_SoNoHostSendsThemAgain()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await TestHost.StartAsync(configure: DatabaseOutage.Install);
        var outage = host.Services.GetRequiredService<DatabaseOutage>();
        // The database goes away the moment the channel has taken the reply: the next writes fail.
        connector.Responder = _ =>
        {
            outage.FailNextWrites(3);
            return Results.Json(new { id = "reply-1" }, statusCode: 201);
        };

        var message = BotClient.Message("帮助", conversationId: $"restart-{Guid.NewGuid():N}", serviceUrl: connector.BaseUrl.ToString(), expectReplies: false);
        using var response = await host.Client.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, outage.FailedWrites);
        Assert.Single(await connector.WaitForAsync(1));

        // Long after the lease, no host finds anything left to send.
        connector.Responder = null;
        host.Time.Advance(ProcessedActivityStore.ReplyLease + TimeSpan.FromMinutes(1));
        Assert.Equal(0, await host.Services.GetRequiredService<UndeliveredReplySweeper>().SweepAsync(default));
        Assert.Single(connector.Requests);
    }
}
