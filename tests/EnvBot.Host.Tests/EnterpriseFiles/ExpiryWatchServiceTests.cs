using System.Globalization;
using System.Net;
using EnvBot.Data.Identity;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Dialogs.EnterpriseFile;
using EnvBot.Host.Tests.Guides;

namespace EnvBot.Host.Tests.EnterpriseFiles;

/// <summary>
/// Issue 10 with a fake clock, calling the service the hourly Quartz job calls: a discharge permit typed into 金鹰's
/// file reminds the enterprise's contact and its guide (陆佩军) at 90 and 60 days, once each, never on the National
/// Day holiday; the file's page is served only through the signed link, and the enterprise's link shows no internal note.
/// </summary>
public sealed class ExpiryWatchServiceTests
{
    private const string Lu = "u-lu";
    private const string JinYing = "u-jinying";

    private static DateTimeOffset At(string local) => new(DateTime.Parse(local, CultureInfo.InvariantCulture), TimeSpan.FromHours(8));

    private static async Task<GuideChats> StartAsync()
    {
        var chats = await GuideChats.StartAsync(At("2026-09-01 08:00"), (Lu, "陆佩军"));
        var identities = chats.Host.Services.GetRequiredService<IdentityService>();
        var bureauId = await identities.BureauIdAsync(ReferenceData.BureauCode, default);
        await identities.BindEnterpriseContactAsync("test", JinYing, bureauId, "浙江金鹰股份有限公司", "91330900MA28JYNG08", "李经理", default);
        // The bot can only write where it was written to: the contact has talked to it once.
        await chats.SayAsync(JinYing, "你好");
        Assert.Contains("将保存到 浙江金鹰股份有限公司 的档案", await chats.SayOneAsync(Lu, "金鹰档案 排污许可证 91330900MA28JYNG08001P 重点管理 2026-12-01到期"));
        Assert.StartsWith("已保存", await chats.SayOneAsync(Lu, "确认保存"));
        Assert.Contains("内部备注", await chats.SayOneAsync(Lu, "金鹰 内部备注 老板重视环保"));
        Assert.StartsWith("已保存", await chats.SayOneAsync(Lu, "确认保存"));
        return chats;
    }

    [Fact]
    public async Task PermitReminders_90And60Days_OnceEach_MovedPastTheHoliday_ToEnterpriseAndGuide()
    {
        await using var chats = await StartAsync();
        var expiry = chats.Host.Services.GetRequiredService<ExpiryWatchService>();

        // 90 days before 2026-12-01 is Wednesday 09-02: the contact and the guide, once whatever the number of runs.
        Assert.Equal(0, await expiry.RunAsync(At("2026-09-01 10:00"), default));
        Assert.Equal(2, await expiry.RunAsync(At("2026-09-02 10:00"), default));
        Assert.Equal(0, await expiry.RunAsync(At("2026-09-02 11:00"), default));
        Assert.Equal(0, await expiry.RunAsync(At("2026-09-30 10:00"), default));

        // 60 days before is Friday 10-02, in the National Day holiday: nothing on days off, sent on Thursday 10-08.
        Assert.Equal(0, await expiry.RunAsync(At("2026-10-02 10:00"), default));
        Assert.Equal(0, await expiry.RunAsync(At("2026-10-07 10:00"), default));
        Assert.Equal(2, await expiry.RunAsync(At("2026-10-08 09:05"), default));
        Assert.Equal(0, await expiry.RunAsync(At("2026-10-09 09:05"), default));

        var toEnterprise = (await chats.DeliveredToAsync(JinYing)).Where(t => t.StartsWith("【到期提醒】", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, toEnterprise.Count);
        Assert.Contains("还有 90 天", toEnterprise[0], StringComparison.Ordinal);
        Assert.Equal(
            "【到期提醒】贵单位排污许可证（编号 91330900MA28JYNG08001P）将于 2026年12月1日 到期，还有 54 天。依据《排污许可管理条例》第十四条，需要继续排放污染物的，应当于有效期届满60日前（即 2026年10月2日 前）向审批部门提出延续申请。如有疑问可直接在此咨询。",
            toEnterprise[1]);
        var toGuide = (await chats.DeliveredToAsync(Lu)).Where(t => t.StartsWith("【到期提醒】", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, toGuide.Count);
        Assert.All(toGuide, t => Assert.Contains("结对企业 浙江金鹰股份有限公司 的排污许可证", t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RenewedPermit_IsWatchedAfresh_TheOldOneNoLonger()
    {
        await using var chats = await StartAsync();
        var expiry = chats.Host.Services.GetRequiredService<ExpiryWatchService>();
        Assert.Equal(2, await expiry.RunAsync(At("2026-09-02 10:00"), default));
        Assert.Contains("原记录", await chats.SayOneAsync(Lu, "金鹰 排污许可证 91330900MA28JYNG08001P 重点管理 有效期至2031年11月30日"));
        Assert.StartsWith("已保存", await chats.SayOneAsync(Lu, "确认保存"));
        Assert.Equal(0, await expiry.RunAsync(At("2026-10-08 09:05"), default));
    }

    [Fact]
    public async Task FilePage_StaffLinkShowsTheNote_EnterpriseLinkDoesNot_TamperedLinkIs404()
    {
        await using var chats = await StartAsync();
        var staff = await chats.SayOneAsync(Lu, "金鹰的档案");
        Assert.Contains("- 内部备注（企业不可见）：老板重视环保", staff, StringComparison.Ordinal);
        var own = await chats.SayOneAsync(JinYing, "我的企业档案");
        Assert.Contains("- 排污许可证：编号 91330900MA28JYNG08001P；重点管理；有效期至 2026年12月1日", own, StringComparison.Ordinal);
        Assert.DoesNotContain("老板重视", own, StringComparison.Ordinal);

        var staffPage = await chats.Host.Client.GetStringAsync(Link(staff));
        Assert.Contains("老板重视环保", staffPage, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"timeline\">", staffPage, StringComparison.Ordinal);
        var ownLink = Link(own);
        var ownPage = await chats.Host.Client.GetStringAsync(ownLink);
        Assert.Contains("91330900MA28JYNG08001P", ownPage, StringComparison.Ordinal);
        Assert.DoesNotContain("老板重视", ownPage, StringComparison.Ordinal);

        var tampered = await chats.Host.Client.GetAsync(ownLink.Replace("-own", "", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
    }

    private static string Link(string reply) => reply[reply.IndexOf("/reports/enterprise-file?", StringComparison.Ordinal)..].Split('\n')[0].Trim();
}
