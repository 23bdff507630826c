using EnvBot.Data.Guides;
using EnvBot.Data.Identity;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Host.Tests.Ledger;

namespace EnvBot.Host.Tests.Guides;

/// <summary>
/// Issue 8 / DOMAIN.md §2 企业反向测评: a contact that solved something is rated by the enterprise (asked in its own chat,
/// buttons or typed), once; the rating counts in the guide's monthly assessment.
/// </summary>
public sealed class ServiceRatingTests
{
    private static readonly DateTimeOffset Wednesday25November = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));
    private const string Lu = "staff-lu";
    private const string JinYing = "ent-jinying";
    private const string JinYingChat = "chat-ent-jinying";

    [Fact]
    public async Task SolvedContact_EnterpriseIsAskedToRate_FirstRatingCounts_AndTheAssessmentAveragesIt()
    {
        await using var chats = await LedgerChats.StartAsync(Wednesday25November);
        var identities = chats.Host.Services.GetRequiredService<IdentityService>();
        var bureauId = await identities.BureauIdAsync(ReferenceData.BureauCode, default);
        await identities.BindEnterpriseContactAsync("test", JinYing, bureauId, "浙江金鹰股份有限公司", "91330900MA28JYNG08", "李经理", default);
        await chats.SayAsync(JinYing, JinYingChat, "你好");
        var admin = (await identities.FindPersonByNameAsync(bureauId, "管理员", default))!;
        var lu = (await identities.FindPersonByNameAsync(bureauId, "陆佩军", default))!;
        Assert.Contains("绑定成功", await chats.SayOneAsync(Lu, "dm-" + Lu, "绑定 " + await identities.CreateBindingCodeAsync(lu.Id, admin.Id, null, default)));

        Assert.Contains("服务企业：浙江金鹰股份有限公司", await chats.SayOneAsync(Lu, "dm-" + Lu, "今天上午电话联系了金鹰，他们问危废标识牌怎么设置，已经当场解答了"));
        var saved = Assert.Single(await chats.SayAsync(Lu, "dm-" + Lu, "确认保存"));
        Assert.Matches(@"^已保存服务记录 #\d+（浙江金鹰股份有限公司）。已请企业联系人为本次服务评分。$", saved.Text);
        // The dialog is over: the guide's menu is back.
        Assert.Contains("我的企业", saved.SuggestedActions!.Actions.Select(a => a.Title));
        var id = long.Parse(System.Text.RegularExpressions.Regex.Match(saved.Text!, @"#(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var request = Assert.Single(await chats.DeliveredToAsync(JinYingChat));
        Assert.StartsWith("【服务评价】环保指导员 陆佩军 于 11月25日 通过电话为贵公司解决了：", request.Text, StringComparison.Ordinal);
        Assert.Equal(["5分", "4分", "3分", "2分", "1分"], request.SuggestedActions!.Actions.Select(a => a.Title));
        var five = request.SuggestedActions.Actions[0];
        // imBack: pressing posts the button's value as the user's text.
        var pressed = five.Value!.Value.GetString()!;
        Assert.Equal($"评价服务 {id} 5", pressed);

        Assert.Equal($"感谢评价！服务记录 #{id} 评分 5 分已记录。", await chats.SayOneAsync(JinYing, JinYingChat, pressed));
        // A second press, or a change of mind typed later, does not rate twice.
        Assert.Equal($"服务记录 #{id} 已评过 5 分，以第一次评价为准。", await chats.SayOneAsync(JinYing, JinYingChat, $"评价服务 {id} 2 不满意"));
        Assert.Equal("没有找到贵公司的服务记录 #99999，请核对编号。", await chats.SayOneAsync(JinYing, JinYingChat, "评价服务 99999 5"));
        Assert.StartsWith("评价格式：", await chats.SayOneAsync(JinYing, JinYingChat, $"评价服务 {id} 9"), StringComparison.Ordinal);
        // Only the contacted enterprise rates: staff are refused.
        Assert.StartsWith("抱歉，该操作仅限已完成企业认证的企业联系人使用", await chats.SayOneAsync(Lu, "dm-" + Lu, $"评价服务 {id} 1"), StringComparison.Ordinal);

        var ranking = await chats.Host.Services.GetRequiredService<GuideAssessmentService>().RankingAsync(2026, 11, default);
        var figures = Assert.Single(ranking, r => r.Assessment.Figures.GuideName == "陆佩军").Assessment.Figures;
        Assert.Equal((5.0, 1), (figures.AverageRating, figures.RatingCount));
    }

    [Fact]
    public async Task UnsolvedContact_IsNotRated()
    {
        await using var chats = await LedgerChats.StartAsync(Wednesday25November);
        var identities = chats.Host.Services.GetRequiredService<IdentityService>();
        var bureauId = await identities.BureauIdAsync(ReferenceData.BureauCode, default);
        await identities.BindEnterpriseContactAsync("test", JinYing, bureauId, "浙江金鹰股份有限公司", "91330900MA28JYNG08", "李经理", default);
        await chats.SayAsync(JinYing, JinYingChat, "你好");
        var admin = (await identities.FindPersonByNameAsync(bureauId, "管理员", default))!;
        var lu = (await identities.FindPersonByNameAsync(bureauId, "陆佩军", default))!;
        await chats.SayOneAsync(Lu, "dm-" + Lu, "绑定 " + await identities.CreateBindingCodeAsync(lu.Id, admin.Id, null, default));

        await chats.SayOneAsync(Lu, "dm-" + Lu, "今天电话联系金鹰，废气收集罩破损，让他们下周更换，正在解决");
        var saved = Assert.Single(await chats.SayAsync(Lu, "dm-" + Lu, "确认保存")).Text!;

        Assert.DoesNotContain("评分", saved, StringComparison.Ordinal);
        Assert.Empty(await chats.DeliveredToAsync(JinYingChat, atLeast: 0));
    }
}
