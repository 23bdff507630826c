using EnvBot.Data.Guides;
using EnvBot.Data.Identity;
using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Host.Outbox;
using EnvBot.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Host.Tests.Guides;

/// <summary>
/// A real host with the Dinghai pairing table imported at <c>start</c> (pairings valid from that day) and some of its
/// people bound in their own 1:1 chats ("dm-" + user id); proactive messages arrive at the fake connector.
/// </summary>
public sealed class GuideChats : IAsyncDisposable
{
    private GuideChats(TestHost host, FakeConnector connector)
    {
        Host = host;
        Connector = connector;
    }

    public TestHost Host { get; }
    public FakeConnector Connector { get; }

    public static async Task<GuideChats> StartAsync(DateTimeOffset start, params (string UserId, string Name)[] people)
    {
        var connector = await FakeConnector.StartAsync();
        var host = await TestHost.StartAsync(start, settings: new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        var chats = new GuideChats(host, connector);
        foreach (var (user, name) in people)
        {
            await chats.BindAsync(user, name);
        }
        return chats;
    }

    public async Task BindAsync(string userId, string name)
    {
        var identities = Host.Services.GetRequiredService<IdentityService>();
        var bureauId = await identities.BureauIdAsync(ReferenceData.BureauCode, default);
        var person = (await identities.FindPersonByNameAsync(bureauId, name, default))!;
        var admin = (await identities.FindPersonByNameAsync(bureauId, "管理员", default))!;
        var code = await identities.CreateBindingCodeAsync(person.Id, admin.Id, null, default);
        Assert.Contains("绑定成功", await SayOneAsync(userId, "绑定 " + code));
    }

    public async Task<IReadOnlyList<Activity>> SayAsync(string userId, string text) =>
        await Host.Client.SendAsync(BotClient.Message(text, userId, "dm-" + userId, serviceUrl: Connector.BaseUrl.ToString()));

    public async Task<string> SayOneAsync(string userId, string text) => Assert.Single(await SayAsync(userId, text)).Text ?? "";

    public async Task<int> PersonIdAsync(string name)
    {
        await using var db = Host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext();
        return await db.People.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    /// <summary>Saves a service record as the contact dialog would (short enterprise name matched by substring).</summary>
    public async Task RecordAsync(string guide, string enterprise, string date, string channel, string problem = "", string resolution = "已解决", string? other = null)
    {
        await using var db = Host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext();
        var enterpriseId = await db.Enterprises.Where(e => e.Name.Contains(enterprise)).Select(e => e.Id).SingleAsync();
        await Host.Services.GetRequiredService<ServiceRecordService>().SaveAsync(
            new NewServiceRecord(await PersonIdAsync(guide), enterpriseId, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), channel, problem, resolution, other, $"{enterprise} {channel} {problem}"), default);
    }

    /// <summary>Sends what the outbox holds and returns every proactive message that reached the user's 1:1 chat.</summary>
    public async Task<IReadOnlyList<string>> DeliveredToAsync(string userId)
    {
        await Host.Services.GetRequiredService<OutboxSender>().SendDueAsync(default);
        // The host's background sender may have claimed a message first (on PostgreSQL the claim skips locked rows):
        // wait until nothing due is left pending, so what was sent has reached the connector.
        var contexts = Host.Services.GetRequiredService<EnvBot.Data.Persistence.IEnvBotDbContextFactory>();
        for (var deadline = DateTime.UtcNow.AddSeconds(15); DateTime.UtcNow < deadline; await Task.Delay(20))
        {
            await using var db = contexts.CreateDbContext();
            if (!await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Outbox, m => m.Status == EnvBot.Data.Domain.Outbox.OutboxStatus.Pending))
            {
                break;
            }
        }
        return Connector.Requests.Select(r => r.Activity).Where(a => a.Conversation?.Id == "dm-" + userId && a.Text is not null).Select(a => a.Text!).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
