using System.Text;
using EnvBot.Data.ConsultationDay;
using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Ledger;
using EnvBot.Data.Domain.Privacy;
using EnvBot.Data.Persistence;
using EnvBot.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Host.Tests.ConsultationDay;

public sealed class BookingTests
{
    private const string IdNumber = "330902199001011238";

    [Fact]
    public async Task ConfirmSeat_TwoReviewersOnTheLastSeatAtOnce_ExactlyOneWins()
    {
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?> { ["ConsultationDay:Capacity"] = "2" });
        var bookings = host.Services.GetRequiredService<BookingService>();
        var protector = host.Services.GetRequiredService<IPersonalDataProtector>();
        // Several rounds, each on its own session, so a lucky interleaving cannot hide a race.
        for (var round = 0; round < 8; round++)
        {
            var session = new DateOnly(2027, 1 + round, 10);
            var ids = new List<int>();
            for (var i = 0; i < 3; i++)
            {
                ids.Add((await bookings.CreateAsync(Form(session, protector, $"企业{round}-{i}"), CancellationToken.None)).Id);
            }
            Assert.Equal(SeatOutcome.Confirmed, (await bookings.ConfirmSeatAsync(ids[0], 1, CancellationToken.None)).Outcome);

            using var start = new ManualResetEventSlim();
            var racers = ids.Skip(1).Select(id => Task.Run(async () =>
            {
                start.Wait();
                return (await bookings.ConfirmSeatAsync(id, 2, CancellationToken.None)).Outcome;
            })).ToList();
            start.Set();
            var outcomes = await Task.WhenAll(racers);

            Assert.Single(outcomes, o => o == SeatOutcome.Confirmed);
            Assert.Single(outcomes, o => o == SeatOutcome.Full);
            Assert.Equal(2, await bookings.SeatsAsync(session, CancellationToken.None));
            await using var db = host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext();
            Assert.Equal(2, await db.Bookings.CountAsync(b => b.SessionDate == session && b.Status == BookingStatus.Confirmed));
        }
    }

    [Fact]
    public async Task Accept_TwoReviewersAtOnce_OneMatterInTheLedger_NoSpare()
    {
        await using var host = await TestHost.StartAsync();
        var bookings = host.Services.GetRequiredService<BookingService>();
        var review = host.Services.GetRequiredService<BookingReviewService>();
        var protector = host.Services.GetRequiredService<IPersonalDataProtector>();
        const int rounds = 6;
        for (var round = 0; round < rounds; round++)
        {
            var booking = await bookings.CreateAsync(Form(new DateOnly(2026, 12, 10), protector, $"企业{round}"), CancellationToken.None);
            var matter = new NewMatter(null, booking.EnterpriseName, booking.Question, MatterSources.ConsultationBooking, MatterKinds.Question, "test", null, "u-x");

            using var start = new ManualResetEventSlim();
            var racers = new[] { "陈综合", "另一位审核人" }.Select(reviewer => Task.Run(async () =>
            {
                start.Wait();
                return await review.AcceptIntoLedgerAsync(booking.Id, matter, reviewer, CancellationToken.None);
            })).ToList();
            start.Set();
            var results = await Task.WhenAll(racers);

            var won = Assert.Single(results, r => r is not null)!;
            Assert.Equal(won.Matter!.Id, (await bookings.FindAsync(booking.Id, CancellationToken.None))!.MatterId);
        }
        await using var db = host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext();
        Assert.Equal(rounds, await db.Matters.CountAsync(m => m.Source == MatterSources.ConsultationBooking));
    }

    [Fact]
    public async Task Cancel_ConfirmedBooking_FreesTheSeat()
    {
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?> { ["ConsultationDay:Capacity"] = "1" });
        var bookings = host.Services.GetRequiredService<BookingService>();
        var protector = host.Services.GetRequiredService<IPersonalDataProtector>();
        var session = new DateOnly(2026, 12, 10);
        var first = await bookings.CreateAsync(Form(session, protector, "甲公司"), CancellationToken.None);
        var second = await bookings.CreateAsync(Form(session, protector, "乙公司"), CancellationToken.None);
        Assert.Equal(SeatOutcome.Confirmed, (await bookings.ConfirmSeatAsync(first.Id, 1, CancellationToken.None)).Outcome);
        Assert.Equal(SeatOutcome.Full, (await bookings.ConfirmSeatAsync(second.Id, 1, CancellationToken.None)).Outcome);

        Assert.NotNull(await bookings.CancelAsync(first.Id, null, "test", "u-x", CancellationToken.None));

        Assert.Equal(0, await bookings.SeatsAsync(session, CancellationToken.None));
        Assert.Equal(SeatOutcome.Confirmed, (await bookings.ConfirmSeatAsync(second.Id, 1, CancellationToken.None)).Outcome);
    }

    [Fact]
    [Trait("Database", "SqliteFile")] // scans the SQLite file's bytes; left out of the PostgreSQL pass
    public async Task Booking_ThroughTheChat_FullIdNumberInNoReplyLogLineOrDatabaseByte()
    {
        var logs = new CapturingLoggerProvider();
        var dbPath = TestHost.NewDatabasePath();
        // Everything at Trace, the framework's request logging and EF's SQL included (appsettings keeps them at Warning).
        await using var host = await TestHost.StartAsync(
            databasePath: dbPath,
            settings: new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
            },
            configure: b => b.Logging.AddProvider(logs));
        const string conversation = "booking-privacy";
        var replies = new List<string>();
        foreach (var text in new[]
        {
            "预约咨询日",
            $"舟山XX公司，91330900MA2A1B2C34，联系人王五 13800000000，身份证 {IdNumber}",
            "排污许可证延续需要准备哪些材料？",
            "确认",
            "我的预约",
        })
        {
            foreach (var reply in await host.Client.SendAsync(BotClient.Message(text, conversationId: conversation)))
            {
                replies.Add(reply.Text ?? "");
            }
        }
        Assert.Contains(replies, r => r.Contains("预约已提交", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Contains("3309**********1238", StringComparison.Ordinal));

        // 综合处 looks at the full number (issue 7): the chat gets a link, only the page shows the number.
        var identities = host.Services.GetRequiredService<Data.Identity.IdentityService>();
        var bureauId = await identities.BureauIdAsync(Data.Persistence.Seeding.ReferenceData.BureauCode, CancellationToken.None);
        var chen = (await identities.FindPersonByNameAsync(bureauId, "陈综合", CancellationToken.None))!;
        var code = await identities.CreateBindingCodeAsync(chen.Id, chen.Id, null, CancellationToken.None);
        string? link = null;
        foreach (var text in new[] { $"绑定 {code}", "查看证件 1 现场核验" })
        {
            foreach (var reply in await host.Client.SendAsync(BotClient.Message(text, userId: "u-rev", conversationId: "reveal-privacy")))
            {
                replies.Add(reply.Text ?? "");
                link ??= reply.Text?.Contains("/reports/id-number?", StringComparison.Ordinal) == true
                    ? reply.Text[reply.Text.IndexOf("/reports/id-number?", StringComparison.Ordinal)..].Split(')')[0] : null;
            }
        }
        Assert.NotNull(link);
        Assert.Contains(IdNumber, await host.Client.GetStringAsync(link), StringComparison.Ordinal);
        var state = (await BotStateProbe.ReadConversationAsync(host, "test", "reveal-privacy"))?.ToJsonString() ?? "";
        Assert.DoesNotContain(IdNumber, state, StringComparison.Ordinal);

        Assert.DoesNotContain(replies, r => r.Contains(IdNumber, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(IdNumber, StringComparison.Ordinal));
        // The page's request was logged (the hosting request line), with the ids only.
        Assert.Contains(logs.Lines, l => l.Contains("/reports/id-number", StringComparison.Ordinal));

        // The stored booking decrypts to the number: it is there, only protected.
        var bookings = host.Services.GetRequiredService<BookingService>();
        var reviewer = new Data.Domain.People.UserIdentity(3, "陈综合", new HashSet<Data.Domain.People.Role> { Data.Domain.People.Role.GeneralReviewer }, null, null, null, "综合处");
        Assert.Equal(IdNumber, await bookings.RevealIdNumberAsync(1, reviewer, "测试", CancellationToken.None));
        await using (var db = host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext())
        {
            // One row for the page opened above, one for the direct call; the purpose typed in chat is kept.
            Assert.Equal(["现场核验", "测试"], await db.PersonalDataAccesses.OrderBy(a => a.Id).Select(a => a.Purpose).ToListAsync());
        }
        Assert.Null(await bookings.RevealIdNumberAsync(1, Data.Domain.People.UserIdentity.Anonymous, "测试", CancellationToken.None));

        await host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.True(File.Exists(dbPath));
        var ascii = Encoding.ASCII.GetBytes(IdNumber);
        foreach (var file in new[] { dbPath, dbPath + "-wal" }.Where(File.Exists))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.AsSpan().IndexOf(ascii) < 0, $"{Path.GetFileName(file)} holds the full ID number");
            Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(IdNumber)) < 0, $"{Path.GetFileName(file)} holds the full ID number (UTF-16)");
        }
        TestHost.DeleteDatabase(dbPath);
    }

    [Fact]
    public async Task DirectLineTranscript_UserTypesIdNumber_StoredAndServedMasked()
    {
        await using var host = await TestHost.StartAsync();
        var conversations = host.Services.GetRequiredService<EnvBot.Host.DirectLine.DirectLineConversations>();
        await host.Services.GetRequiredService<Data.Persistence.Storage.DirectLineStore>().TryCreateConversationAsync("dl-privacy", "u-001", CancellationToken.None);
        var activity = BotClient.Message($"身份证 {IdNumber}", conversationId: "dl-privacy");

        await conversations.AppendAsync("dl-privacy", activity, CancellationToken.None);
        var transcript = await conversations.ReadAsync("dl-privacy", null, CancellationToken.None);

        Assert.Equal($"身份证 {IdNumber}", activity.Text);
        Assert.DoesNotContain(IdNumber, transcript, StringComparison.Ordinal);
        Assert.Contains("3309**********1238", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_ReviewerConfirmsSeatAndEnterpriseCancels_SeatFreedAndReviewerToldThroughOutbox()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await TestHost.StartAsync();
        var serviceUrl = connector.BaseUrl.ToString();
        var identities = host.Services.GetRequiredService<Data.Identity.IdentityService>();
        var bureauId = await identities.BureauIdAsync(Data.Persistence.Seeding.ReferenceData.BureauCode, CancellationToken.None);
        var reviewer = (await identities.FindPersonByNameAsync(bureauId, "陈综合", CancellationToken.None))!;
        var admin = (await identities.FindPersonByNameAsync(bureauId, "管理员", CancellationToken.None))!;
        var code = await identities.CreateBindingCodeAsync(reviewer.Id, admin.Id, null, CancellationToken.None);

        async Task<string> SayAsync(string text, string user) =>
            string.Join("\n", (await host.Client.SendAsync(BotClient.Message(text, userId: user, conversationId: "c-" + user, serviceUrl: serviceUrl))).Select(r => r.Text));

        Assert.Contains("绑定成功", await SayAsync($"绑定 {code}", "u-rev"), StringComparison.Ordinal);
        Assert.Contains("仅限综合处审核人员", await SayAsync("确认席位 1", "u-ent"), StringComparison.Ordinal);
        await SayAsync("预约咨询日", "u-ent");
        await SayAsync($"舟山XX公司，91330900MA2A1B2C34，联系人王五 13800000000，身份证 {IdNumber}", "u-ent");
        await SayAsync("排污许可证延续需要准备哪些材料？", "u-ent");
        Assert.Contains("编号 1", await SayAsync("确认", "u-ent"), StringComparison.Ordinal);

        Assert.Contains("本场已确认 1/10 家", await SayAsync("确认席位 1", "u-rev"), StringComparison.Ordinal);
        Assert.Contains("已确认席位", await SayAsync("我的预约", "u-ent"), StringComparison.Ordinal);
        Assert.Contains("席位已释放。已通知综合处。", await SayAsync("取消预约", "u-ent"), StringComparison.Ordinal);

        var bookings = host.Services.GetRequiredService<BookingService>();
        Assert.Equal(0, await bookings.SeatsAsync(new DateOnly(2026, 12, 10), CancellationToken.None));
        await using var db = host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext();
        var told = await db.Outbox.AsNoTracking().Where(m => m.ConversationId == "c-u-rev").ToListAsync();
        Assert.Single(told);
        Assert.DoesNotContain(IdNumber, told[0].ActivityJson, StringComparison.Ordinal);

        // Initial review rejects a complaint with its reason; the enterprise is told, with where to report it.
        await SayAsync("预约咨询日", "u-ent");
        await SayAsync($"舟山XX公司，91330900MA2A1B2C34，联系人王五 13800000000，身份证 {IdNumber}", "u-ent");
        await SayAsync("投诉隔壁工厂夜间排放废气", "u-ent");
        Assert.Contains("编号 2", await SayAsync("确认", "u-ent"), StringComparison.Ordinal);
        Assert.Contains("请发送“退回预约 预约编号 理由”", await SayAsync("退回预约 2", "u-rev"), StringComparison.Ordinal);
        Assert.Contains("已退回预约：编号 2", await SayAsync("退回预约 2 属于投诉事项，不在咨询日范围内", "u-rev"), StringComparison.Ordinal);
        Assert.Contains("未通过审核（属于投诉事项，不在咨询日范围内）", await SayAsync("我的预约", "u-ent"), StringComparison.Ordinal);
        // Two messages to the enterprise: its seat confirmed (booking 1), then booking 2 rejected with where to report.
        var notices = await db.Outbox.AsNoTracking().Where(m => m.ConversationId == "c-u-ent").OrderBy(m => m.Id).ToListAsync();
        Assert.Equal(2, notices.Count);
        Assert.Contains("席位已确认", notices[0].ActivityJson, StringComparison.Ordinal);
        Assert.Contains("12369", notices[1].ActivityJson, StringComparison.Ordinal);
        Assert.Contains("不能确认席位", await SayAsync("确认席位 2", "u-rev"), StringComparison.Ordinal);
    }

    private static NewBooking Form(DateOnly session, IPersonalDataProtector protector, string name) => new(
        session, null, name, "91330900MA2A1B2C34", null, null, "王五", protector.Protect(IdNumber), "3309**********1238",
        "13800000000", null, "排污许可证延续", "test", "u-x");
}
