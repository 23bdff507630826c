using EnvBot.Data.Persistence.Storage;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Protocol;

/// <summary>State and conversation references are in the database, not in the process: a restart loses nothing.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task Restart_MidConversation_StateAndReferenceSurvive()
    {
        const int before = 3;
        const string conversation = "19:restart@thread.v2";
        await using var connector = await FakeConnector.StartAsync();
        var serviceUrl = new Uri(connector.BaseUrl, "amer/").ToString();
        var databasePath = TestHost.NewDatabasePath();

        await using (var first = await TestHost.StartAsync(databasePath: databasePath))
        {
            for (var i = 0; i < before; i++)
            {
                using var response = await first.Client.PostAsync(BotClient.Message("帮助", conversationId: conversation, channelId: "msteams", serviceUrl: serviceUrl, expectReplies: false));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            Assert.Equal(before, await BotStateProbe.ReadTurnsAsync(first, "msteams", conversation));
        }

        await using var second = await TestHost.StartAsync(databasePath: databasePath);
        Assert.Equal(before, await BotStateProbe.ReadTurnsAsync(second, "msteams", conversation));
        using (var response = await second.Client.PostAsync(BotClient.Message("咨询日", conversationId: conversation, channelId: "msteams", serviceUrl: serviceUrl, expectReplies: false)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(before + 1, await BotStateProbe.ReadTurnsAsync(second, "msteams", conversation));
        Assert.Equal(before + 1, (await connector.WaitForAsync(before + 1)).Count);
        var reference = await second.Services.GetRequiredService<ConversationReferenceStore>().FindAsync("msteams", conversation, "u-001", CancellationToken.None);
        Assert.NotNull(reference);
        Assert.Equal(serviceUrl, reference.ServiceUrl);
        Assert.Contains(serviceUrl, reference.ReferenceJson, StringComparison.Ordinal);
        await second.DisposeAsync();
        TestHost.DeleteDatabase(databasePath);
    }

    [Fact]
    public async Task Restart_ActivityDeliveredBefore_IsStillADuplicateAfter()
    {
        var databasePath = TestHost.NewDatabasePath();
        var activity = BotClient.Message("帮助", conversationId: "restart-dup");
        await using (var first = await TestHost.StartAsync(databasePath: databasePath))
        {
            Assert.Single(await first.Client.SendAsync(activity));
        }
        await using var second = await TestHost.StartAsync(databasePath: databasePath);
        Assert.Empty(await second.Client.SendAsync(activity));
        Assert.Equal(1, await BotStateProbe.ReadTurnsAsync(second, "test", "restart-dup"));
        await second.DisposeAsync();
        TestHost.DeleteDatabase(databasePath);
    }

    [Fact]
    public async Task Restart_InsideADialog_DialogContinuesWhereItStopped()
    {
        var databasePath = TestHost.NewDatabasePath();
        await using (var first = await TestHost.StartAsync(databasePath: databasePath))
        {
            Assert.Contains("企业全称", Assert.Single(await first.Client.SendAsync(BotClient.Message("企业认证", userId: "u-restart"))).Text);
            Assert.Contains("统一社会信用代码", Assert.Single(await first.Client.SendAsync(BotClient.Message("舟山重启测试有限公司", userId: "u-restart"))).Text);
        }

        // A new process on the same database file: the dialog stack (waiting for the credit code) was persisted.
        await using var second = await TestHost.StartAsync(databasePath: databasePath);
        var reply = Assert.Single(await second.Client.SendAsync(BotClient.Message("91330900MA2A0R1X3K", userId: "u-restart")));
        Assert.DoesNotContain("没有理解", reply.Text);
        Assert.Contains("校验位", reply.Text); // same step: the wrong check character is explained
    }
}
