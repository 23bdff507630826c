using EnvBot.Data.ConsultationDay;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Domain.Privacy;
using EnvBot.Data.Guides;
using EnvBot.Data.Ledger;
using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Storage;
using EnvBot.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Host.Tests.Protocol;

/// <summary>
/// Issue 9, processed exactly once: a turn can commit what it creates (a booking, a service record, a ledger matter)
/// and then fail before its state commits — the database restarting, the host killed. The channel delivers the
/// activity again, to this host or another; that attempt must find what the first one created, not create it again
/// (bench/scaleout once made 13 bookings for 12 enterprises that way).
/// </summary>
public sealed class RetriedTurnCreatesOnceTests
{
    private const string IdNumber = "330902199001011238";

    [Fact]
    public async Task TheConfirmingMessage_RedeliveredAfterTheDatabaseFailedMidTurn_BooksOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await TestHost.StartAsync(configure: DatabaseOutage.Install);
        var outage = host.Services.GetRequiredService<DatabaseOutage>();
        var (user, conversation) = await UpToTheConfirmationAsync(host, connector);

        // 确认: the booking commits, then every write of the turn's state, its clean-up and its mark fails.
        var confirm = BotClient.Message("确认", userId: user, conversationId: conversation, serviceUrl: connector.BaseUrl.ToString(), expectReplies: false);
        outage.FailNextWrites(5);
        using (var failed = await host.Client.PostAsync(confirm))
        {
            Assert.True(outage.FailedWrites > 0);
            Assert.Equal(1, await BookingsAsync(host, user));
            // Nothing was recorded as processed, so the channel's retry runs the turn again.
            Assert.False(await host.Services.GetRequiredService<ProcessedActivityStore>().WasProcessedAsync("test", conversation, confirm.Id!, default));
            Assert.True((int)failed.StatusCode >= 500, $"a turn whose state could not be saved is not acknowledged: {failed.StatusCode}");
        }
        Assert.Empty(connector.Requests);

        // The database is back; the same activity again.
        outage.FailNextWrites(0);
        using (var retried = await host.Client.PostAsync(confirm))
        {
            Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        }
        var reply = Assert.Single(await connector.WaitForAsync(1));
        Assert.Contains("预约已提交", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(1, await BookingsAsync(host, user));
    }

    [Fact]
    public async Task TwoAttemptsOfOneActivityAtOnce_CreateOneBooking_OneServiceRecord_OneMatter()
    {
        await using var host = await TestHost.StartAsync();
        var bookings = host.Services.GetRequiredService<BookingService>();
        var records = host.Services.GetRequiredService<ServiceRecordService>();
        var ledger = host.Services.GetRequiredService<LedgerService>();
        var protector = host.Services.GetRequiredService<IPersonalDataProtector>();
        int enterpriseId, guideId;
        await using (var db = host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext())
        {
            var pairing = await db.Pairings.AsNoTracking().Where(p => p.GuidePersonId != null).OrderBy(p => p.Id).FirstAsync();
            (enterpriseId, guideId) = (pairing.EnterpriseId, pairing.GuidePersonId!.Value);
        }
        var run = Guid.NewGuid().ToString("N");
        // Several rounds, each its own activity, so a lucky interleaving cannot hide a race (on PostgreSQL the second
        // attempt's insert waits for the first one's commit).
        for (var round = 0; round < 4; round++)
        {
            var activity = $"{run}-{round}";
            using var start = new ManualResetEventSlim();
            var attempts = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                using var turn = host.Services.GetRequiredService<ProcessedActivityStore>().BeginTurn("test", "c-" + run, activity);
                start.Wait();
                var booking = await bookings.CreateAsync(new NewBooking(new DateOnly(2027, 1, 10), null, $"企业{activity}", "91330900MA2A1B2C34", null, null, "王五",
                    protector.Protect(IdNumber), "3309**********1238", "13800000000", null, "排污许可证延续", "test", "u-x"), default);
                var matter = await ledger.CollectAsync(new NewMatter(enterpriseId, "企业", $"问题{activity}", MatterSources.GuideContact, MatterKinds.Problem, "test", "c-" + run, "u-x"), "指导员", default);
                var record = await records.SaveAsync(new NewServiceRecord(guideId, enterpriseId, new DateOnly(2026, 11, 20), "电话", $"问题{activity}", "正在解决", null, activity, matter.Matter!.Id), default);
                return (Booking: booking.Id, Matter: matter.Matter!.Id, AssignedTo: matter.DepartmentName, Record: record.Id);
            })).ToList();
            start.Set();
            var results = await Task.WhenAll(attempts);

            Assert.Equal(results[0], results[1]);
            Assert.NotNull(results[0].AssignedTo);
            await using var db = host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext();
            Assert.Equal(1, await db.Bookings.CountAsync(b => b.EnterpriseName == $"企业{activity}"));
            Assert.Equal(1, await db.Matters.CountAsync(m => m.Question == $"问题{activity}"));
            Assert.Equal(1, await db.ServiceRecords.CountAsync(r => r.SourceText == activity));
        }

        // Outside a turn (a job, the console) nothing is keyed: each call creates.
        var first = await records.SaveAsync(new NewServiceRecord(guideId, enterpriseId, new DateOnly(2026, 11, 21), "电话", "", "已解决", null, "no-turn"), default);
        var second = await records.SaveAsync(new NewServiceRecord(guideId, enterpriseId, new DateOnly(2026, 11, 21), "电话", "", "已解决", null, "no-turn"), default);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task TheStateWriteFailsAfterTheBooking_TheApologySaysTheBookingWasMade()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await TestHost.StartAsync(configure: DatabaseOutage.Install);
        var (user, conversation) = await UpToTheConfirmationAsync(host, connector);

        // Only the dialog's state write fails: the turn is acknowledged with the apology — which must not send the
        // enterprise off to book again.
        host.Services.GetRequiredService<DatabaseOutage>().FailNextWrites(1);
        using (var response = await host.Client.PostAsync(BotClient.Message("确认", userId: user, conversationId: conversation, serviceUrl: connector.BaseUrl.ToString(), expectReplies: false)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var text = Assert.Single(await connector.WaitForAsync(1)).Activity.Text ?? "";
        Assert.Contains("咨询日预约已提交（编号", text, StringComparison.Ordinal);
        Assert.Contains("请不要重复提交", text, StringComparison.Ordinal);
        Assert.Equal(1, await BookingsAsync(host, user));
    }

    /// <summary>A booking conversation through the channel, up to the summary that waits for 确认.</summary>
    private static async Task<(string User, string Conversation)> UpToTheConfirmationAsync(TestHost host, FakeConnector connector)
    {
        var conversation = $"rebook-{Guid.NewGuid():N}";
        var user = "u-" + conversation;
        foreach (var text in new[] { "预约咨询日", $"舟山重试测试有限公司，91330900MA2A1B2C34，联系人王五 13800000000，身份证 {IdNumber}", "排污许可证延续需要准备哪些材料？" })
        {
            using var answered = await host.Client.PostAsync(BotClient.Message(text, userId: user, conversationId: conversation, serviceUrl: connector.BaseUrl.ToString(), expectReplies: false));
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }
        Assert.NotEmpty(await connector.WaitForAsync(3));
        connector.Clear();
        return (user, conversation);
    }

    private static async Task<int> BookingsAsync(TestHost host, string user)
    {
        await using var db = host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext();
        return await db.Bookings.CountAsync(b => b.UserId == user);
    }
}
