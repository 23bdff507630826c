using System.Globalization;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Domain.Rectification;
using EnvBot.Data.Identity;
using EnvBot.Data.Ledger;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Data.Rectification;
using EnvBot.Dialogs.Ledger;
using EnvBot.Dialogs.Rectification;
using EnvBot.Host.Tests.Ledger;

namespace EnvBot.Host.Tests.Rectification;

/// <summary>
/// Issue 10 / seed 002 (一查二劝三改): 陆佩军, guide of 浙江金鹰股份有限公司 in block 1 (leads 夏爱萍, 陆佩军), records a
/// health check with three findings; the enterprise receives the list in its chat, answers; the guide returns one and
/// accepts two; the third, unanswered, is escalated to the block leads the day after its deadline (fake clock, the
/// escalation service called as the daily job calls it).
/// </summary>
public sealed class HealthCheckTests
{
    private static readonly DateTimeOffset Wednesday25November = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));
    private const string Lu = "staff-lu";
    private const string Xia = "staff-xia";
    private const string Fang = "staff-fang";
    private const string JinYing = "ent-jinying";
    private const string JinYingChat = "chat-ent-jinying";
    private const string Enforcement = "group-zhifa";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private const string Check =
        "体检记录 金鹰\n" +
        "1. 危废暂存间未设置警示标识；依据：《中华人民共和国固体废物污染环境防治法》第七十七条；建议：按规范设置标识牌；期限：12月10日\n" +
        "2. 废气收集罩破损；建议：更换收集罩并保持负压收集；期限：2026-12-04\n" +
        "3. 突发环境事件应急预案未备案；建议：修订预案并报生态环境部门备案；期限：11月30日";

    private static async Task<LedgerChats> StartAsync()
    {
        var chats = await LedgerChats.StartAsync(Wednesday25November);
        var identities = chats.Host.Services.GetRequiredService<IdentityService>();
        var bureauId = await identities.BureauIdAsync(ReferenceData.BureauCode, default);
        await identities.BindEnterpriseContactAsync("test", JinYing, bureauId, "浙江金鹰股份有限公司", "91330900MA28JYNG08", "李经理", default);
        // The bot can only write where it was written to: the contact has talked to it once.
        await chats.SayAsync(JinYing, JinYingChat, "你好");
        var admin = (await identities.FindPersonByNameAsync(bureauId, "管理员", default))!;
        foreach (var (user, name) in new[] { (Lu, "陆佩军"), (Xia, "夏爱萍"), (Fang, "方静卫") })
        {
            var person = (await identities.FindPersonByNameAsync(bureauId, name, default))!;
            var code = await identities.CreateBindingCodeAsync(person.Id, admin.Id, null, default);
            Assert.Contains("绑定成功", await chats.SayOneAsync(user, "dm-" + user, "绑定 " + code));
        }
        return chats;
    }

    private static DateTimeOffset At9(string day) =>
        new(DateTime.Parse(day + "T09:00:00", CultureInfo.InvariantCulture), TimeSpan.FromHours(8));

    [Fact]
    public async Task ThreeFindings_Answered_Returned_Accepted_OneEscalatedPastItsDeadline_AndHandedToEnforcement()
    {
        await using var chats = await StartAsync();
        var recorded = await chats.SayOneAsync(Lu, "dm-" + Lu, Check);
        Assert.StartsWith("已记录 浙江金鹰股份有限公司 的体检问题 3 项", recorded, StringComparison.Ordinal);
        Assert.Contains("整改项 3（台账 #3）：突发环境事件应急预案未备案，期限 2026年11月30日", recorded, StringComparison.Ordinal);
        Assert.EndsWith("整改清单已发送给企业。", recorded, StringComparison.Ordinal);
        // No basis written for item 3: the knowledge base's article is shown to the guide to check, never sent as the basis.
        Assert.Contains("整改项 3 未写依据，知识库检索到 《", recorded, StringComparison.Ordinal);

        // 劝: the list reaches the enterprise's own chat with basis, suggestion and deadline.
        var list = Assert.Single(await chats.DeliveredToAsync(JinYingChat)).Text!;
        Assert.StartsWith("【体检整改清单】浙江金鹰股份有限公司：环保指导员 陆佩军 在体检中发现以下 3 个问题", list, StringComparison.Ordinal);
        Assert.Contains("整改项 1：危废暂存间未设置警示标识\n依据：《中华人民共和国固体废物污染环境防治法》第七十七条\n建议：按规范设置标识牌\n期限：2026年12月10日", list, StringComparison.Ordinal);
        Assert.Contains("整改项 2：废气收集罩破损\n建议：更换收集罩并保持负压收集\n期限：2026年12月4日", list, StringComparison.Ordinal);
        Assert.Contains("整改项 3：突发环境事件应急预案未备案\n建议：", list, StringComparison.Ordinal);

        // Each finding is a ledger matter of the enterprise, due on the guide's deadline.
        var ledger = chats.Host.Services.GetRequiredService<LedgerService>();
        var third = (await ledger.FindAsync(3, default))!;
        Assert.Equal((MatterSources.HealthCheck, MatterKinds.Rectification, new DateOnly(2026, 11, 30)), (third.Source, third.Kind, third.DueDate));
        Assert.Equal("浙江金鹰股份有限公司", third.EnterpriseName);

        // 改: the enterprise answers; the guide hears of it in person.
        Assert.Equal("已收到整改项 1 的整改情况，等待指导员 陆佩军 复核。", await chats.SayOneAsync(JinYing, JinYingChat, "整改回复 1 已按规范设置危废标识牌。"));
        Assert.Equal("已收到整改项 2 的整改情况，等待指导员 陆佩军 复核。", await chats.SayOneAsync(JinYing, JinYingChat, "整改回复 2 已更换"));
        var toGuide = await chats.DeliveredToAsync("dm-" + Lu, atLeast: 2);
        Assert.Contains(toGuide, a => a.Text == "【整改回复】浙江金鹰股份有限公司 整改项 1（危废暂存间未设置警示标识）：已按规范设置危废标识牌。\n请回复“整改通过 1”或“整改退回 1 原因”。");

        // Returned with a reason, answered again, then accepted.
        Assert.Equal("整改项 2 已退回企业：请附更换后的照片", await chats.SayOneAsync(Lu, "dm-" + Lu, "整改退回 2 请附更换后的照片"));
        var returned = await chats.DeliveredToAsync(JinYingChat, atLeast: 2);
        Assert.Contains(returned, a => a.Text!.StartsWith("您的整改项 2（废气收集罩破损）被退回：请附更换后的照片", StringComparison.Ordinal));
        Assert.Equal("整改项 2 当前状态为“已退回，待重新整改”，没有待复核的整改回复，未做任何更改。", await chats.SayOneAsync(Lu, "dm-" + Lu, "整改通过 2"));
        // The second answer comes with a photo on /api/messages (contentUrl, here a data: URI as the spec allows).
        Assert.Equal("已收到整改项 2 的整改情况和附件 《收集罩.png》，等待指导员 陆佩军 复核。", await chats.SayOneAsync(JinYing, JinYingChat, "整改回复 2 已更换，照片见附件",
            a => a.Attachments = [new Dialogs.Builder.Schema.Attachment { ContentType = "image/png", Name = "收集罩.png", ContentUrl = "data:image/png;base64," + Convert.ToBase64String(Png) }]));
        var withPhoto = (await chats.DeliveredToAsync("dm-" + Lu, atLeast: 3)).Last().Text!;
        Assert.Contains("附件：[收集罩.png](/api/attachments?id=1&", withPhoto, StringComparison.Ordinal);
        var photoLink = withPhoto[(withPhoto.IndexOf("](", StringComparison.Ordinal) + 2)..withPhoto.IndexOf(")\n", StringComparison.Ordinal)];
        Assert.Equal(Png, await chats.Host.Client.GetByteArrayAsync(photoLink));
        Assert.Equal("整改项 2 已通过，台账 #2 已办结销号。", await chats.SayOneAsync(Lu, "dm-" + Lu, "整改通过 2"));
        Assert.Equal("整改项 1 已通过，台账 #1 已办结销号。", await chats.SayOneAsync(Lu, "dm-" + Lu, "整改通过 1"));
        Assert.Equal("整改项 1 当前状态为“已通过”，没有待复核的整改回复，未做任何更改。", await chats.SayOneAsync(Lu, "dm-" + Lu, "整改通过 1"));
        Assert.Equal(MatterState.Closed, (await ledger.FindAsync(1, default))!.State);
        Assert.Equal("整改项 1 当前状态为“已通过”，无需再次回复，未做任何更改。", await chats.SayOneAsync(JinYing, JinYingChat, "整改回复 1 再说一次"));

        // 罚's first step: the unanswered item goes to the block leads the day after its deadline, once.
        var escalation = chats.Host.Services.GetRequiredService<RectificationEscalationService>();
        Assert.Equal(0, await escalation.RunAsync(At9("2026-11-30"), default)); // the deadline day itself
        Assert.Equal(1, await escalation.RunAsync(At9("2026-12-01"), default));
        Assert.Equal(0, await escalation.RunAsync(At9("2026-12-02"), default));
        // The ledger's own deadline job leaves rectification matters to this escalation (no department reminder).
        Assert.Equal(0, await chats.Host.Services.GetRequiredService<LedgerDeadlineService>().RunAsync(At9("2026-12-01"), default));
        var toLead = Assert.Single(await chats.DeliveredToAsync("dm-" + Xia));
        Assert.Equal("【整改逾期】浙江金鹰股份有限公司 的整改项 3（突发环境事件应急预案未备案）已于 2026年11月30日 到期，企业仍未完成整改（待整改）。指导员：陆佩军，台账 #3。请区块负责人督促，必要时回复“移交执法 3 原因”移交执法支队。", toLead.Text);

        // 四罚: the block lead hands the overdue item to 执法支队 with the whole record; a guide who is not a lead cannot.
        await chats.SayAsync(Fang, Enforcement, "你好");
        Assert.True(await ledger.RegisterDepartmentChannelAsync("执法支队", "test", Enforcement, default));
        Assert.StartsWith("抱歉，该操作仅限区块负责人或局领导使用", await chats.SayOneAsync(Fang, "dm-" + Fang, "移交执法 3 逾期未整改"), StringComparison.Ordinal);
        Assert.Equal(RectificationReplies.HandOverUsage, await chats.SayOneAsync(Xia, "dm-" + Xia, "移交执法 3"));
        Assert.StartsWith("整改项 1 当前状态为“已通过”，只有逾期未整改并已上报区块负责人的整改项可以移交执法", await chats.SayOneAsync(Xia, "dm-" + Xia, "移交执法 1 试试"), StringComparison.Ordinal);
        Assert.Equal("整改项 3 已移交执法支队，台账 #3 已转执法支队办理。完整记录已发送到执法支队工作群。",
            await chats.SayOneAsync(Xia, "dm-" + Xia, "移交执法 3 逾期未报备应急预案，经督促仍未整改"));
        var record = Assert.Single(await chats.DeliveredToAsync(Enforcement)).Text!;
        Assert.StartsWith("【移交执法】浙江金鹰股份有限公司 整改项 3（台账 #3），移交人 夏爱萍：逾期未报备应急预案，经督促仍未整改\n问题：突发环境事件应急预案未备案\n建议：", record, StringComparison.Ordinal);
        Assert.Contains("\n期限：2026年11月30日\n记录：\n- 11月25日 10:00 陆佩军 体检记录：突发环境事件应急预案未备案", record, StringComparison.Ordinal);
        Assert.Contains("\n- 12月1日 09:00 系统 逾期上报：期限 2026-11-30 已过，报区块负责人\n附件：无", record, StringComparison.Ordinal);
        // The ledger matter is now 执法支队's, its history showing the hand-over with the record; the guide is told.
        var handed = (await ledger.FindAsync(3, default))!;
        Assert.Equal("执法支队", (await ledger.DepartmentAsync(handed.DepartmentId, default))!.Name);
        await using (var db = chats.Host.Services.GetRequiredService<Data.Persistence.IEnvBotDbContextFactory>().CreateDbContext())
        {
            var last = db.MatterEvents.Where(e => e.MatterId == 3).OrderBy(e => e.Sequence).AsEnumerable().Last();
            Assert.Equal((MatterAction.Reassign, "执法支队", record), (last.Action, last.DepartmentName, last.Reason));
            Assert.Equal(
                [RectificationEventKind.Recorded, RectificationEventKind.Answered, RectificationEventKind.Returned, RectificationEventKind.Answered, RectificationEventKind.Accepted],
                db.RectificationEvents.Where(e => e.RectificationItemId == 2).OrderBy(e => e.Id).Select(e => e.Kind).ToList());
        }
        // Four earlier messages to the guide, then this one (the background sender may still hold it: wait for the fifth).
        Assert.Contains(await chats.DeliveredToAsync("dm-" + Lu, atLeast: 5), a => a.Text == "【移交执法】浙江金鹰股份有限公司 整改项 3（突发环境事件应急预案未备案）已由 夏爱萍 移交执法支队：逾期未报备应急预案，经督促仍未整改");
        Assert.Equal("整改项 3 已于此前移交执法，未做任何更改。", await chats.SayOneAsync(Xia, "dm-" + Xia, "移交执法 3 再来一次"));
        Assert.Equal("整改项 3 当前状态为“已移交执法”，无需再次回复，未做任何更改。", await chats.SayOneAsync(JinYing, JinYingChat, "整改回复 3 已报备"));

        var items = await chats.Host.Services.GetRequiredService<RectificationService>().ForEnterpriseAsync(third.EnterpriseId!.Value, default);
        Assert.Equal([RectificationState.Accepted, RectificationState.Accepted, RectificationState.HandedToEnforcement], items.Select(i => i.State));
        Assert.Equal("贵单位的体检整改事项：\n整改项 1：危废暂存间未设置警示标识，期限 2026年12月10日，已通过\n整改项 2：废气收集罩破损，期限 2026年12月4日，已通过\n整改项 3：突发环境事件应急预案未备案，期限 2026年11月30日，已移交执法",
            await chats.SayOneAsync(JinYing, JinYingChat, "整改清单"));
    }

    [Fact]
    public async Task OnlyTheEnterprisesGuideReviews_OnlyItsContactsAnswer_AndBadInputRecordsNothing()
    {
        await using var chats = await StartAsync();
        // 方静卫 guides another enterprise in the same block: not 金鹰's guide nor a block lead.
        Assert.Equal("您不是 浙江金鹰股份有限公司 的结对指导员或区块负责人，未做任何记录。", await chats.SayOneAsync(Fang, "dm-" + Fang, Check));
        Assert.StartsWith("第 2 个问题缺少问题描述、“建议：”或“期限：”", await chats.SayOneAsync(Lu, "dm-" + Lu, "体检记录 金鹰\n1. 标识缺失；建议：设置；期限：12月10日\n2. 收集罩破损；期限：12月4日"), StringComparison.Ordinal);
        Assert.Equal("第 1 个问题的期限“明年某天”无法识别，请写成“12月10日”或“2026-12-10”，未做任何记录。", await chats.SayOneAsync(Lu, "dm-" + Lu, "体检记录 金鹰\n标识缺失；建议：设置；期限：明年某天"));
        Assert.Equal("第 1 个问题的期限 2026年11月1日 已过，请给出今天或以后的日期，未做任何记录。", await chats.SayOneAsync(Lu, "dm-" + Lu, "体检记录 金鹰\n标识缺失；建议：设置；期限：2026-11-01"));
        Assert.Equal("没有找到名称包含“金鹭”的企业，未做任何记录。", await chats.SayOneAsync(Lu, "dm-" + Lu, "体检记录 金鹭\n标识缺失；建议：设置；期限：12月10日"));
        Assert.Null(await chats.Host.Services.GetRequiredService<LedgerService>().FindAsync(1, default));

        Assert.StartsWith("已记录 浙江金鹰股份有限公司 的体检问题 3 项", await chats.SayOneAsync(Lu, "dm-" + Lu, Check), StringComparison.Ordinal);
        // Another enterprise's contact cannot see or answer 金鹰's items.
        Assert.Equal("没有找到贵单位的整改项 1，未做任何更改。", await chats.SayOneAsync(LedgerChats.Enterprise, LedgerChats.EnterpriseChat, "整改回复 1 已完成"));
        Assert.Equal("贵单位目前没有体检整改事项。", await chats.SayOneAsync(LedgerChats.Enterprise, LedgerChats.EnterpriseChat, "整改清单"));
        Assert.Equal("请按“整改回复 编号 整改情况”回复，例如：整改回复 1 已按规范设置危废标识牌。", await chats.SayOneAsync(JinYing, JinYingChat, "整改回复 一"));
        await chats.SayAsync(JinYing, JinYingChat, "整改回复 3 已报备");
        Assert.Equal("您不是 浙江金鹰股份有限公司 的结对指导员或区块负责人，未做任何记录。", await chats.SayOneAsync(Fang, "dm-" + Fang, "整改通过 3"));
        // The other block lead may review.
        Assert.Equal("整改项 3 已通过，台账 #3 已办结销号。", await chats.SayOneAsync(Xia, "dm-" + Xia, "整改通过 3"));
        // An enterprise cannot record a health check.
        Assert.StartsWith("抱歉，该操作仅限环保指导员或区块负责人使用", await chats.SayOneAsync(JinYing, JinYingChat, Check), StringComparison.Ordinal);
    }
}
