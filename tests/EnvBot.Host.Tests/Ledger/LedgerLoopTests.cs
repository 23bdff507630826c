using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Domain.Outbox;
using EnvBot.Data.Ledger;
using EnvBot.Data.Outbox;
using EnvBot.Dialogs.Ledger;
using EnvBot.Host.Outbox;
using static EnvBot.Host.Tests.Ledger.LedgerChats;

namespace EnvBot.Host.Tests.Ledger;

/// <summary>Issue 5's closed loop across three chats, through the real host, the outbox and a fake connector.</summary>
public sealed class LedgerLoopTests
{
    private static readonly DateTimeOffset Tuesday29September = new(2026, 9, 29, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Loop_EnterpriseAsksStaffClaimsAndAnswers_AnswerRelayedAndClosed()
    {
        await using var chats = await LedgerChats.StartAsync(Tuesday29September);

        var accepted = await chats.SayOneAsync(Enterprise, EnterpriseChat, "我要咨询：企业环境信用评价被评为较差，信用修复怎么申请？");
        Assert.Equal("已受理您的问题，编号 #1，已交 综合处 办理，办理时限 2026年10月12日。答复会发到本对话；发送“我的问题进度”可随时查看。", accepted);

        var routed = Assert.Single(await chats.DeliveredToAsync(GeneralGroup));
        Assert.Contains("【新交办事项 #1】\n企业：舟山海清化工有限公司\n问题：企业环境信用评价被评为较差，信用修复怎么申请？\n交办理由：规则：环境信用→综合处（命中：环境信用、信用评价、信用修复）（分办规则表）", routed.Text);
        Assert.Equal(["认领", "回复", "转办", "退回", "办结"], routed.SuggestedActions!.Actions.Select(a => a.Title));

        Assert.Equal("陈综合 已认领 #1，办理时限 2026年10月12日。", await chats.SayOneAsync(Chen, GeneralGroup, "认领 1"));
        Assert.StartsWith("#1 已答复", await chats.SayOneAsync(Chen, GeneralGroup, "回复 1 延续申请应在有效期届满60日前提出。"));

        var answer = Assert.Single(await chats.DeliveredToAsync(EnterpriseChat));
        Assert.Equal("您的问题 #1 有答复了（综合处 陈综合）：\n延续申请应在有效期届满60日前提出。\n\n原问题：企业环境信用评价被评为较差，信用修复怎么申请？", answer.Text);
        Assert.Equal(Enterprise, answer.Recipient?.Id);

        Assert.Equal("#1 已办结销号。", await chats.SayOneAsync(Chen, GeneralGroup, "办结 1"));
        Assert.Equal("您的问题进度：\n- #1 企业环境信用评价被评为较差，信用修复怎么…：已销号", await chats.SayOneAsync(Enterprise, EnterpriseChat, "我的问题进度"));

        var matter = (await chats.Host.Services.GetRequiredService<LedgerService>().FindAsync(1, default))!;
        Assert.Equal(MatterState.Closed, matter.State);
        Assert.Equal(
            [MatterAction.Collect, MatterAction.Assign, MatterAction.Claim, MatterAction.Answer, MatterAction.Close],
            matter.Events.OrderBy(e => e.Sequence).Select(e => e.Action));
        var assigned = matter.Events.Single(e => e.Action == MatterAction.Assign);
        Assert.Equal(("综合处", "规则：环境信用→综合处（命中：环境信用、信用评价、信用修复）", "Rules"), (assigned.DepartmentName, assigned.Reason, assigned.DecidedBy));
        Assert.All(matter.Events.Where(e => e.Action != MatterAction.Collect && e.Action != MatterAction.Assign), e => Assert.Equal("陈综合", e.ActorName));
    }

    [Fact]
    public async Task Button_PressedTwice_ActsOnceAndRefusesTheRepeat()
    {
        await using var chats = await LedgerChats.StartAsync(Tuesday29September);
        await chats.SayAsync(Enterprise, EnterpriseChat, "我有问题：企业环境信用评价被评为较差，信用修复怎么申请？");
        var buttons = Assert.Single(await chats.DeliveredToAsync(GeneralGroup)).SuggestedActions!.Actions;
        var claim = buttons.Single(b => b.Title == "认领");

        Assert.Equal("陈综合 已认领 #1，办理时限 2026年10月12日。", await chats.PressAsync(Chen, GeneralGroup, claim));
        Assert.Equal(LedgerReplies.RepeatedPress, await chats.PressAsync(Chen, GeneralGroup, claim));

        // A stale button: 办结 was shown for the routed version; the matter has moved on since.
        var close = buttons.Single(b => b.Title == "办结");
        Assert.Equal("#1 当前状态为“办理中”，不能办结（可能已有人处理过），未做任何更改。", await chats.PressAsync(Chen, GeneralGroup, close));

        var matter = (await chats.Host.Services.GetRequiredService<LedgerService>().FindAsync(1, default))!;
        Assert.Equal(MatterState.InProgress, matter.State);
        Assert.Single(matter.Events, e => e.Action == MatterAction.Claim);
    }

    [Fact]
    public async Task ReassignThenReturn_WaterDepartmentReturnsWithReason_BackWithGeneralDepartment()
    {
        await using var chats = await LedgerChats.StartAsync(Tuesday29September);
        await chats.SayAsync(Enterprise, EnterpriseChat, "我要咨询：企业环境信用评价被评为较差，信用修复怎么申请？");
        Assert.Equal("#1 已转办 水处。", await chats.SayOneAsync(Chen, GeneralGroup, "转办 1 水处 涉海污染防治"));
        var toWater = Assert.Single(await chats.DeliveredToAsync(WaterGroup));
        Assert.StartsWith("【转办事项 #1】由 陈综合 转来，原因：涉海污染防治", toWater.Text);

        Assert.Equal("#1 已退回综合处，原因：非本处职责：应由执法支队办理。", await chats.SayOneAsync(He, WaterGroup, "退回 1 非本处职责 应由执法支队办理"));
        var back = await chats.DeliveredToAsync(GeneralGroup, atLeast: 2);
        Assert.Contains(back, a => a.Text!.StartsWith("【退回事项 #1】何水 退回，原因：非本处职责：应由执法支队办理", StringComparison.Ordinal));

        // 水处 no longer holds it: its staff cannot act; nothing changes.
        Assert.Equal("#1 目前由 综合处 办理，您不能操作，未做任何更改。", await chats.SayOneAsync(He, WaterGroup, "转办 1 大气处 再看看"));

        var matter = (await chats.Host.Services.GetRequiredService<LedgerService>().FindAsync(1, default))!;
        Assert.Equal(MatterState.Returned, matter.State);
        var returned = matter.Events.Single(e => e.Action == MatterAction.Return);
        Assert.Equal((ReturnReason.NotOurResponsibility, "何水", "综合处"), (returned.ReturnReason!.Value, returned.ActorName, returned.DepartmentName!));
    }

    [Fact]
    public async Task Deadlines_AcrossNationalDayWithMakeUpSaturday_RemindOnceThenChaseWhenOverdue()
    {
        await using var chats = await LedgerChats.StartAsync(Tuesday29September);
        await chats.SayAsync(Enterprise, EnterpriseChat, "我要咨询：企业环境信用评价被评为较差，信用修复怎么申请？");
        var deadlines = chats.Host.Services.GetRequiredService<LedgerDeadlineService>();
        var outbox = chats.Host.Services.GetRequiredService<OutboxStore>();

        int Run(string day) => deadlines.RunAsync(new DateTimeOffset(DateTime.Parse(day + "T09:00:00", System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(8)), default).GetAwaiter().GetResult();

        Assert.Equal(0, Run("2026-10-09"));
        Assert.Equal(1, Run("2026-10-10")); // Saturday, but a make-up working day: the day before the due date.
        Assert.Equal(1, Run("2026-10-10")); // counted, but the idempotency key keeps it to one message
        Assert.Equal(0, Run("2026-10-11"));
        Assert.Equal(0, Run("2026-10-12"));
        Assert.Equal(1, Run("2026-10-13"));

        Assert.NotNull(await outbox.FindAsync("ledger:1:DueSoon:20261010", default));
        Assert.NotNull(await outbox.FindAsync("ledger:1:Overdue:20261013", default));
        var sent = await chats.DeliveredToAsync(GeneralGroup, atLeast: 3);
        Assert.Single(sent, a => a.Text!.StartsWith("【办理提醒】#1", StringComparison.Ordinal));
        Assert.Single(sent, a => a.Text!.StartsWith("【逾期督办】综合处 的 #1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outbox_ConnectorFailsThenRecovers_RoutedMatterDeliveredOnRetry()
    {
        await using var chats = await LedgerChats.StartAsync(Tuesday29September);
        var down = true;
        chats.Connector.Responder = r => down && r.Activity.Conversation?.Id == GeneralGroup ? Results.StatusCode(503) : Results.Json(new { id = "ok" }, statusCode: 201);

        await chats.SayAsync(Enterprise, EnterpriseChat, "我要咨询：企业环境信用评价被评为较差，信用修复怎么申请？");
        var sender = chats.Host.Services.GetRequiredService<OutboxSender>();
        await sender.SendDueAsync(default);
        var department = (await chats.Host.Services.GetRequiredService<LedgerService>().DepartmentByNameAsync("综合处", default))!;
        var key = $"ledger:1:v2:dept:{department.Id}";
        // The host's own background sender may have claimed the message first; wait for the first attempt's outcome.
        var store = chats.Host.Services.GetRequiredService<OutboxStore>();
        var pending = (await store.FindAsync(key, default))!;
        for (var i = 0; i < 100 && pending.Attempts == 0; i++)
        {
            await Task.Delay(100);
            await sender.SendDueAsync(default);
            pending = (await store.FindAsync(key, default))!;
        }
        Assert.Equal((OutboxStatus.Pending, 503), (pending.Status, pending.LastStatusCode!.Value));

        down = false;
        chats.Host.Time.Advance(TimeSpan.FromMinutes(10));
        await sender.SendDueAsync(default);
        var sent = (await chats.Host.Services.GetRequiredService<OutboxStore>().FindAsync(key, default))!;
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.True(sent.Attempts >= 2);
    }
}
