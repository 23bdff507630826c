using EnvBot.Data.ConsultationDay;
using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Domain.Privacy;
using EnvBot.Data.Persistence;
using EnvBot.Dialogs.ConsultationDay;
using EnvBot.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Host.Tests.ConsultationDay;

/// <summary>Issue 7 after registration: acceptance into the ledger, the 11th enterprise, priority next month, reminders.</summary>
public sealed class BookingReviewTests
{
    private const string IdNumber = "330902199001011238";
    private static readonly DateTimeOffset Nov25 = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task EleventhEnterprise_AcceptedIntoLedger_WaitlistedWithWrittenReply_CarriedToNextMonthWithPriority()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await TestHost.StartAsync(Nov25);
        var chat = new Chat(host, connector.BaseUrl.ToString());
        await chat.BindReviewerAsync();
        await chat.BookAsync("u-ent", "舟山甲公司", "船舶含油污水怎么处理才能达标排放？");
        var bookings = host.Services.GetRequiredService<BookingService>();
        var protector = host.Services.GetRequiredService<IPersonalDataProtector>();
        var december = new DateOnly(2026, 12, 10);
        for (var i = 0; i < 10; i++)
        {
            await bookings.CreateAsync(Form(december, protector, $"企业{i}"), CancellationToken.None);
        }

        // Accepted: the question becomes a ledger matter from the consultation booking, assigned to a department.
        Assert.Contains("问题已转为事项 1", await chat.SayAsync("受理预约 1", Chat.Reviewer), StringComparison.Ordinal);
        await using (var db = host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext())
        {
            var matter = await db.Matters.AsNoTracking().SingleAsync();
            Assert.Equal(MatterSources.ConsultationBooking, matter.Source);
            Assert.NotNull(matter.DepartmentId);
            Assert.Equal("c-u-ent", matter.RequesterConversationId);
            Assert.Equal(1, (await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == 1)).MatterId);
        }

        for (var id = 2; id <= 11; id++)
        {
            Assert.Contains("已确认席位", await chat.SayAsync($"确认席位 {id}", Chat.Reviewer), StringComparison.Ordinal);
        }
        var full = await chat.SayAsync("确认席位 1", Chat.Reviewer);
        Assert.Contains("已确认满 10 家，预约 1（舟山甲公司）已列为“名额已满”", full, StringComparison.Ordinal);
        Assert.Contains("其问题由事项 1 在活动前书面答复", full, StringComparison.Ordinal);
        Assert.Equal(10, await bookings.SeatsAsync(december, CancellationToken.None));
        Assert.Equal(BookingStatus.Waitlisted, (await bookings.FindAsync(1, CancellationToken.None))!.Status);
        Assert.Contains(await chat.OutboxTextsAsync("c-u-ent"), t => t.Contains("现场名额已满", StringComparison.Ordinal) && t.Contains("顺延预约 1", StringComparison.Ordinal));

        Assert.Contains("名额已满（书面答复，下次优先）；问题已交办（事项 1", await chat.SayAsync("我的预约", "u-ent"), StringComparison.Ordinal);
        Assert.Contains("编号 2 不是您名额已满的预约", await chat.SayAsync("顺延预约 2", "u-ent"), StringComparison.Ordinal);
        Assert.Equal("已顺延到2027年1月10日（周日）的咨询日并优先安排，新编号 12。综合处确认席位后会通知您。",
            await chat.SayAsync("顺延预约 1", "u-ent"));
        Assert.Contains("已经顺延过", await chat.SayAsync("顺延预约 1", "u-ent"), StringComparison.Ordinal);
        Assert.Contains(await chat.OutboxTextsAsync("c-" + Chat.Reviewer), t => t.Contains("企业申请顺延", StringComparison.Ordinal));

        // Next month the reviewer sees the carried booking first, marked with its priority.
        await bookings.CreateAsync(Form(new DateOnly(2027, 1, 10), protector, "舟山乙公司"), CancellationToken.None);
        host.Time.Advance(TimeSpan.FromDays(17));
        var queue = await chat.SayAsync("待审预约", Chat.Reviewer);
        var carried = queue.IndexOf("编号 12【优先：上月名额已满，原编号 1】", StringComparison.Ordinal);
        Assert.True(carried >= 0, queue);
        Assert.True(carried < queue.IndexOf("编号 13", StringComparison.Ordinal), queue);
        Assert.Contains("已受理为事项 1", queue, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, queue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_UnfinishedBookingThreeDaysBeforeClose_ReviewersOnTheFirst_ConfirmedTheDayBefore_EachOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await TestHost.StartAsync(Nov25);
        var chat = new Chat(host, connector.BaseUrl.ToString());
        await chat.BindReviewerAsync();
        Assert.Contains("请问企业名称", await chat.SayAsync("预约咨询日", "u-draft"), StringComparison.Ordinal);
        await chat.BookAsync("u-ent", "舟山甲公司", "排污许可证延续需要准备哪些材料？");
        Assert.Contains("已确认席位", await chat.SayAsync("确认席位 1", Chat.Reviewer), StringComparison.Ordinal);
        var reminders = host.Services.GetRequiredService<ConsultationDayReminders>();

        async Task<int> RunOn(int month, int day) =>
            await reminders.RunAsync(new DateTimeOffset(2026, month, day, 9, 0, 0, TimeSpan.FromHours(8)), CancellationToken.None);

        Assert.Equal(0, await RunOn(11, 27));
        Assert.Equal(1, await RunOn(11, 28));
        Assert.Equal(0, await RunOn(11, 28));
        Assert.Equal(0, await RunOn(11, 30));
        Assert.Equal(1, await RunOn(12, 1));
        Assert.Equal(0, await RunOn(12, 1));
        Assert.Equal(0, await RunOn(12, 8));
        Assert.Equal(1, await RunOn(12, 9));
        Assert.Equal(0, await RunOn(12, 9));
        Assert.Equal(0, await RunOn(12, 10));

        Assert.Single(await chat.OutboxTextsAsync("c-u-draft"), t => t.Contains("还没有提交", StringComparison.Ordinal));
        Assert.DoesNotContain(await chat.OutboxTextsAsync("c-u-ent"), t => t.Contains("还没有提交", StringComparison.Ordinal));
        var finalise = Assert.Single(await chat.OutboxTextsAsync("c-" + Chat.Reviewer), t => t.Contains("请确定参会名单", StringComparison.Ordinal));
        Assert.Contains("编号 1：舟山甲公司，已确认席位", finalise, StringComparison.Ordinal);
        Assert.Single(await chat.OutboxTextsAsync("c-u-ent"), t => t.Contains("明天是企业环保咨询日", StringComparison.Ordinal));
    }

    private static NewBooking Form(DateOnly session, IPersonalDataProtector protector, string name) => new(
        session, null, name, "91330900MA2A1B2C34", null, null, "王五", protector.Protect(IdNumber), "3309**********1238",
        "13800000000", null, "排污许可证延续", "test", "u-x");

    /// <summary>Each account in its own 1:1 conversation "c-&lt;user&gt;", through the connector so references are stored.</summary>
    private sealed class Chat(TestHost host, string serviceUrl)
    {
        public const string Reviewer = "u-rev";

        public async Task<string> SayAsync(string text, string user) =>
            string.Join("\n", (await host.Client.SendAsync(BotClient.Message(text, userId: user, conversationId: "c-" + user, serviceUrl: serviceUrl))).Select(r => r.Text));

        public async Task BindReviewerAsync()
        {
            var identities = host.Services.GetRequiredService<Data.Identity.IdentityService>();
            var bureauId = await identities.BureauIdAsync(Data.Persistence.Seeding.ReferenceData.BureauCode, CancellationToken.None);
            var reviewer = (await identities.FindPersonByNameAsync(bureauId, "陈综合", CancellationToken.None))!;
            var code = await identities.CreateBindingCodeAsync(reviewer.Id, reviewer.Id, null, CancellationToken.None);
            Assert.Contains("绑定成功", await SayAsync($"绑定 {code}", Reviewer), StringComparison.Ordinal);
        }

        public async Task BookAsync(string user, string company, string question)
        {
            await SayAsync("预约咨询日", user);
            await SayAsync($"{company}，91330900MA2A1B2C34，联系人王五 13800000000，身份证 {IdNumber}", user);
            await SayAsync(question, user);
            Assert.Contains("预约已提交", await SayAsync("确认", user), StringComparison.Ordinal);
        }

        public async Task<IReadOnlyList<string>> OutboxTextsAsync(string conversationId)
        {
            await using var db = host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext();
            var rows = await db.Outbox.AsNoTracking().Where(m => m.ConversationId == conversationId).OrderBy(m => m.Id).ToListAsync();
            return rows.Select(m => System.Text.Json.JsonDocument.Parse(m.ActivityJson).RootElement.GetProperty("text").GetString() ?? "").ToList();
        }
    }
}
