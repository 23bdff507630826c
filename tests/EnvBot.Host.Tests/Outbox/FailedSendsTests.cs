using EnvBot.Data.Outbox;
using EnvBot.Host.Outbox;
using EnvBot.Host.Tests.Conversations;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Outbox;

/// <summary>Issue 5: a proactive message the channel refuses for good is recorded and shown to an administrator.</summary>
public sealed class FailedSendsTests
{
    [Fact]
    public async Task MessageToAConversationTheBotNeverSaw_FailsForGood_AndTheAdministratorSeesIt_OthersAreRefused()
    {
        await using var host = await TestHost.StartAsync();
        var outbox = host.Services.GetRequiredService<OutboxStore>();
        await outbox.EnqueueAsync("test-failed-1", "msteams", "19:gone@thread.tacv2", null, """{"type":"message","text":"【待办】#7 企业咨询：危废贮存间防渗怎么做"}""", null, CancellationToken.None);
        await host.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
        // The host's background sender may have claimed it first: wait until the refusal is recorded.
        for (var deadline = DateTime.UtcNow.AddSeconds(15); (await outbox.FailedAsync(5, CancellationToken.None)).Count == 0 && DateTime.UtcNow < deadline;)
        {
            await Task.Delay(20);
        }
        var adminCode = await ScriptSetup.BindingCodeAsync(host, "管理员");
        await host.Client.SendAsync(BotClient.Message($"绑定 {adminCode}", "u-admin"));

        var shown = Assert.Single(await host.Client.SendAsync(BotClient.Message("发送失败", "u-admin"))).Text!;
        var refused = Assert.Single(await host.Client.SendAsync(BotClient.Message("发送失败", "u-someone"))).Text!;

        Assert.Contains("msteams · 无会话记录 · 从未与机器人对话：【待办】#7 企业咨询：危废贮存间防渗怎么做", shown, StringComparison.Ordinal);
        Assert.StartsWith("抱歉，该操作仅限管理员使用", refused, StringComparison.Ordinal);
    }
}
