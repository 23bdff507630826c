using EnvBot.Data.Outbox;
using EnvBot.Data.Persistence;
using EnvBot.Host.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace EnvBot.Host.Tests.Outbox;

/// <summary>
/// Issue 5/10: proactive messages to one chat arrive in the order they were queued — a guide reads 整改项 1's answer
/// before 整改项 2's — even when two sending passes (the background one and an explicit one, or two hosts) run at once.
/// </summary>
public sealed class OutboxOrderTests
{
    [Fact]
    public async Task AChatsNextMessage_WaitsWhileAnEarlierOneIsBeingSent_OtherChatsDoNot()
    {
        await using var host = await TestHost.StartAsync();
        var queued = host.Services.GetRequiredService<OutboxStore>();
        // Due in half an hour of the host's clock, so its own background sender leaves them alone; the two passes
        // below look from an hour later.
        var due = host.Time.GetUtcNow().AddMinutes(30);
        foreach (var (key, conversation, text) in new[] { ("order-1", "c-lu", "整改项 1"), ("order-2", "c-lu", "整改项 2"), ("order-3", "c-other", "提醒") })
        {
            Assert.True(await queued.EnqueueAsync(key, "msteams", conversation, null, $$"""{"type":"message","text":"{{text}}"}""", due, default));
        }
        var later = AnHourLater(host);

        var first = Assert.Single(await later.ClaimDueAsync("pass-a", 1, default));
        var second = await later.ClaimDueAsync("pass-b", 20, default);

        Assert.Equal("order-1", first.IdempotencyKey);
        Assert.Equal(["order-3"], second.Select(m => m.IdempotencyKey));

        // Once 整改项 1 is out, 整改项 2 may go.
        await later.MarkSentAsync(first.Id, default);
        Assert.Equal(["order-2"], (await later.ClaimDueAsync("pass-b", 20, default)).Select(m => m.IdempotencyKey));
    }

    [Fact]
    public async Task MessagesQueuedAtTheSameInstant_AreClaimedInTheOrderQueued()
    {
        await using var host = await TestHost.StartAsync();
        var queued = host.Services.GetRequiredService<OutboxStore>();
        var due = host.Time.GetUtcNow().AddMinutes(30);
        var keys = Enumerable.Range(1, 12).Select(i => $"same-instant-{i}").ToList();
        foreach (var key in keys)
        {
            Assert.True(await queued.EnqueueAsync(key, "msteams", $"c-{key}", null, """{"type":"message","text":"提醒"}""", due, default));
        }
        var later = AnHourLater(host);

        Assert.Equal(keys, (await later.ClaimDueAsync("pass", 20, default)).Select(m => m.IdempotencyKey));
    }

    /// <summary>The host's outbox seen from an hour later than the host's own clock (which its background sender reads).</summary>
    private static OutboxStore AnHourLater(TestHost host) =>
        new(host.Services.GetRequiredService<IEnvBotDbContextFactory>(), host.Services.GetRequiredService<IDbConnectionFactory>(), new FakeTimeProvider(host.Time.GetUtcNow().AddHours(1)));
}
