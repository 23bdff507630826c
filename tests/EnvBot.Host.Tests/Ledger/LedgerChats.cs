using EnvBot.Data.Identity;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Host.Outbox;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Ledger;

/// <summary>
/// The three chats of the ledger loop on one real host: the enterprise's own chat, the 综合处 work group, the 水处
/// work group (plus staff bound through binding codes). Proactive messages arrive at the fake connector.
/// </summary>
public sealed class LedgerChats : IAsyncDisposable
{
    public const string Enterprise = "ent-wang";
    public const string EnterpriseChat = "chat-ent-wang";
    public const string Chen = "staff-chen";
    public const string He = "staff-he";
    public const string GeneralGroup = "group-zonghe";
    public const string WaterGroup = "group-shuichu";

    private LedgerChats(TestHost host, FakeConnector connector)
    {
        Host = host;
        Connector = connector;
    }

    public TestHost Host { get; }
    public FakeConnector Connector { get; }
    public string ServiceUrl => Connector.BaseUrl.ToString();

    public static async Task<LedgerChats> StartAsync(DateTimeOffset now)
    {
        var connector = await FakeConnector.StartAsync();
        var host = await TestHost.StartAsync(now, settings: new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        var chats = new LedgerChats(host, connector);
        var identities = host.Services.GetRequiredService<IdentityService>();
        var bureauId = await identities.BureauIdAsync(ReferenceData.BureauCode, default);
        await identities.BindEnterpriseContactAsync("test", Enterprise, bureauId, "舟山海清化工有限公司", "91330900MA28ABCD1X", "王经理", default);
        var admin = (await identities.FindPersonByNameAsync(bureauId, "管理员", default))!;
        foreach (var (user, name) in new[] { (Chen, "陈综合"), (He, "何水") })
        {
            var person = (await identities.FindPersonByNameAsync(bureauId, name, default))!;
            var code = await identities.CreateBindingCodeAsync(person.Id, admin.Id, null, default);
            await chats.SayAsync(user, "dm-" + user, "绑定 " + code);
        }
        Assert.Contains("已将本对话设为 综合处 的工作群", await chats.SayOneAsync(Chen, GeneralGroup, "设为本处室工作群"));
        Assert.Contains("已将本对话设为 水处 的工作群", await chats.SayOneAsync(He, WaterGroup, "设为本处室工作群"));
        return chats;
    }

    public async Task<IReadOnlyList<Activity>> SayAsync(string userId, string conversationId, string text, Action<Activity>? adjust = null)
    {
        var activity = BotClient.Message(text, userId, conversationId, serviceUrl: ServiceUrl);
        adjust?.Invoke(activity);
        return await Host.Client.SendAsync(activity);
    }

    public async Task<string> SayOneAsync(string userId, string conversationId, string text, Action<Activity>? adjust = null) =>
        Assert.Single(await SayAsync(userId, conversationId, text, adjust)).Text ?? "";

    /// <summary>Presses a messageBack button as Web Chat does: its text and its value in one message.</summary>
    public Task<string> PressAsync(string userId, string conversationId, CardAction button) =>
        SayOneAsync(userId, conversationId, button.Text!, a => a.Value = button.Value);

    /// <summary>Sends what the outbox holds and returns the proactive messages that reached a conversation.</summary>
    public async Task<IReadOnlyList<Activity>> DeliveredToAsync(string conversationId, int atLeast = 1)
    {
        await Host.Services.GetRequiredService<OutboxSender>().SendDueAsync(default);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var found = Connector.Requests.Select(r => r.Activity).Where(a => a.Conversation?.Id == conversationId).ToList();
            if (found.Count >= atLeast || DateTime.UtcNow > deadline)
            {
                return found;
            }
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
