using System.Globalization;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Identity;
using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Dialogs.Ledger;
using static EnvBot.Host.Tests.Ledger.LedgerChats;

namespace EnvBot.Host.Tests.Ledger;

/// <summary>
/// Issue 5: "before it is due the assignee is reminded, when overdue the department's lead is told" — with a fake
/// clock, calling the deadline service the Quartz job calls, across National Day 2026 (1–7 Oct off, Saturday 10 Oct a
/// make-up working day). Assigned Tue 29 Sep, due after 5 working days: Mon 12 Oct.
/// </summary>
public sealed class LedgerReminderTests
{
    private static readonly DateTimeOffset Tuesday29September = new(2026, 9, 29, 10, 0, 0, TimeSpan.FromHours(8));
    private const string Lin = "staff-lin";

    private static DateTimeOffset At9(string day) =>
        new(DateTime.Parse(day + "T09:00:00", CultureInfo.InvariantCulture), TimeSpan.FromHours(8));

    [Fact]
    public async Task ClaimedMatter_DueSoonToTheAssigneeInPerson_OverdueToTheDepartmentHeadAndChannel()
    {
        await using var chats = await LedgerChats.StartAsync(Tuesday29September);
        await MakeHeadOfGeneralDepartmentAsync(chats, "林信息", Lin);
        await chats.SayAsync(Enterprise, EnterpriseChat, "我要咨询：企业环境信用评价被评为较差，信用修复怎么申请？");
        Assert.Equal("陈综合 已认领 #1，办理时限 2026年10月12日。", await chats.SayOneAsync(Chen, GeneralGroup, "认领 1"));
        var groupBefore = (await chats.DeliveredToAsync(GeneralGroup)).Count;
        var deadlines = chats.Host.Services.GetRequiredService<LedgerDeadlineService>();

        Assert.Equal(0, await deadlines.RunAsync(At9("2026-10-09"), default));
        Assert.Equal(1, await deadlines.RunAsync(At9("2026-10-10"), default)); // the make-up Saturday: last working day before
        Assert.Equal(1, await deadlines.RunAsync(At9("2026-10-10"), default)); // a second run queues nothing new (same keys)

        var reminder = Assert.Single(await chats.DeliveredToAsync("dm-" + Chen));
        Assert.Equal("【办理提醒】#1（舟山海清化工有限公司）将于 2026年10月12日 到期，请及时答复。问题：企业环境信用评价被评为较差，信用修复怎么申请？", reminder.Text);
        Assert.Equal(Chen, reminder.Recipient?.Id);

        Assert.Equal(0, await deadlines.RunAsync(At9("2026-10-11"), default)); // Sunday
        Assert.Equal(0, await deadlines.RunAsync(At9("2026-10-12"), default)); // due today: not yet overdue
        Assert.Equal(1, await deadlines.RunAsync(At9("2026-10-13"), default));

        var toHead = Assert.Single(await chats.DeliveredToAsync("dm-" + Lin));
        Assert.Equal("【逾期督办】综合处 的 #1（舟山海清化工有限公司）已于 2026年10月12日 到期未办结，请处室负责人督办。经办人：陈综合。", toHead.Text);
        var group = await chats.DeliveredToAsync(GeneralGroup, atLeast: groupBefore + 1);
        Assert.DoesNotContain(group, a => a.Text!.StartsWith("【办理提醒】", StringComparison.Ordinal));
        Assert.Single(group, a => a.Text!.StartsWith("【逾期督办】综合处 的 #1", StringComparison.Ordinal));
        // The assignee was reminded once, not told of the overdue matter a second time in person.
        Assert.Single(await chats.DeliveredToAsync("dm-" + Chen));
    }

    [Fact]
    public async Task ClosedMatter_NoReminderAndNoOverdueNotice()
    {
        await using var chats = await LedgerChats.StartAsync(Tuesday29September);
        await chats.SayAsync(Enterprise, EnterpriseChat, "我要咨询：企业环境信用评价被评为较差，信用修复怎么申请？");
        await chats.SayAsync(Chen, GeneralGroup, "认领 1");
        await chats.SayAsync(Chen, GeneralGroup, "回复 1 请通过信用浙江网站提交修复申请。");
        Assert.Equal("#1 已办结销号。", await chats.SayOneAsync(Chen, GeneralGroup, "办结 1"));
        var deadlines = chats.Host.Services.GetRequiredService<LedgerDeadlineService>();

        Assert.Equal(0, await deadlines.RunAsync(At9("2026-10-10"), default));
        Assert.Equal(0, await deadlines.RunAsync(At9("2026-10-13"), default));
    }

    /// <summary>Gives a seeded 综合处 member the 处室负责人 role and binds them in a 1:1 chat.</summary>
    private static async Task MakeHeadOfGeneralDepartmentAsync(LedgerChats chats, string name, string userId)
    {
        var identities = chats.Host.Services.GetRequiredService<IdentityService>();
        var bureauId = await identities.BureauIdAsync(ReferenceData.BureauCode, default);
        var person = (await identities.FindPersonByNameAsync(bureauId, name, default))!;
        await using (var db = chats.Host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext())
        {
            db.PersonRoles.Add(new PersonRole { PersonId = person.Id, Role = Role.DepartmentHead });
            await db.SaveChangesAsync();
        }
        var admin = (await identities.FindPersonByNameAsync(bureauId, "管理员", default))!;
        var code = await identities.CreateBindingCodeAsync(person.Id, admin.Id, null, default);
        await chats.SayAsync(userId, "dm-" + userId, "绑定 " + code);
    }
}
