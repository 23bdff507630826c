using System.Diagnostics;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Proactive;
using EnvBot.Host.Outbox;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Outbox;

/// <summary>
/// Issue 10: sends honour the channel's rate limits. A connector on loopback answers 429 with Retry-After: 30; neither
/// that message nor the next one to the same conversation goes out before the 30 s have passed (fake clock); sends to
/// one conversation are paced at the configured rate (Teams: about 7 a second).
/// </summary>
public sealed class OutboxRateLimitTests
{
    private sealed class TooManyRequests(int seconds) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = 429;
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await httpContext.Response.WriteAsJsonAsync(new { error = new { code = "TooManyRequests", message = "slow down" } });
        }
    }

    private static async Task<(TestHost Host, FakeConnector Connector)> StartAsync()
    {
        var connector = await FakeConnector.StartAsync();
        var host = await TestHost.StartAsync(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(8)));
        foreach (var user in new[] { "u-busy", "u-paced" })
        {
            await host.Client.SendAsync(BotClient.Message("你好", user, "chat-" + user, serviceUrl: connector.BaseUrl.ToString()));
        }
        await connector.WaitForAsync(2);
        connector.Clear();
        return (host, connector);
    }

    private static IReadOnlyList<string> TextsTo(FakeConnector connector, string conversation) =>
        connector.Requests.Select(r => r.Activity).Where(a => a.Conversation?.Id == conversation).Select(a => a.Text ?? "").ToList();

    [Fact]
    public async Task Connector429WithRetryAfter_NothingToThatConversationBeforeItsTime_ThenBothSent()
    {
        var (host, connector) = await StartAsync();
        await using var _ = host;
        await using var __ = connector;
        var first = true;
        connector.Responder = r => Interlocked.Exchange(ref first, false) ? new TooManyRequests(30) : Results.Json(new { id = "sent" }, statusCode: 201);
        var outbox = host.Services.GetRequiredService<ProactiveOutbox>();
        var sender = host.Services.GetRequiredService<OutboxSender>();
        Assert.Equal(TellResult.Queued, await outbox.TellAccountAsync("test", "u-busy", "rate-1", "第一条", default));
        Assert.Equal(TellResult.Queued, await outbox.TellAccountAsync("test", "u-busy", "rate-2", "第二条", default));

        await sender.SendDueAsync(default);
        await connector.WaitForAsync(1);
        await Task.Delay(300);
        // Whichever was tried first got the 429; the other was held with it (a second pass may have claimed it).
        var refused = Assert.Single(TextsTo(connector, "chat-u-busy"));

        host.Time.Advance(TimeSpan.FromSeconds(29));
        await sender.SendDueAsync(default);
        await Task.Delay(300);
        Assert.Single(TextsTo(connector, "chat-u-busy"));

        host.Time.Advance(TimeSpan.FromSeconds(2));
        await sender.SendDueAsync(default);
        await connector.WaitForAsync(3);
        var texts = TextsTo(connector, "chat-u-busy");
        Assert.Equal(3, texts.Count);
        Assert.Equal(["第一条", "第二条"], texts.Skip(1).Order(StringComparer.Ordinal));
        Assert.Equal(refused, texts[0]);
    }

    [Fact]
    public async Task FifteenMessagesToOneConversation_PacedAtSevenASecond()
    {
        var (host, connector) = await StartAsync();
        await using var _ = host;
        await using var __ = connector;
        // Arrival times at the connector: the background sender may start before the last message is queued.
        var arrivals = new System.Collections.Concurrent.ConcurrentQueue<TimeSpan>();
        var clock = Stopwatch.StartNew();
        connector.Responder = _ =>
        {
            arrivals.Enqueue(clock.Elapsed);
            return Results.Json(new { id = "sent" }, statusCode: 201);
        };
        var outbox = host.Services.GetRequiredService<ProactiveOutbox>();
        for (var i = 1; i <= 15; i++)
        {
            await outbox.TellAccountAsync("test", "u-paced", $"paced-{i}", $"消息{i}", default);
        }
        await host.Services.GetRequiredService<OutboxSender>().SendDueAsync(default);
        await connector.WaitForAsync(15, TimeSpan.FromSeconds(20));
        Assert.Equal(15, TextsTo(connector, "chat-u-paced").Count);
        // 15 sends at 7 a second: 14 intervals of 1/7 s between the first and the last (a little slack for timers).
        var times = arrivals.ToArray();
        Assert.True(times[^1] - times[0] >= TimeSpan.FromSeconds(1.8), (times[^1] - times[0]).ToString());
    }
}
