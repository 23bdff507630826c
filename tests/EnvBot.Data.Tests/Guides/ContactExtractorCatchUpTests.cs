using EnvBot.Data.Guides;

namespace EnvBot.Data.Tests.Guides;

/// <summary>
/// Contacts of the week logged late on a Friday, terse or dictated by voice (blind set 81): what the rules take from them.
/// </summary>
public sealed class ContactExtractorCatchUpTests
{
    // Friday 13 November 2026, 15:30 in Zhoushan.
    private static readonly DateTimeOffset Friday = new(2026, 11, 13, 15, 30, 0, TimeSpan.FromHours(8));

    private static ContactExtraction Extract(string guide, string text, DateTimeOffset? sentAt = null) =>
        DinghaiContacts.Extract(guide, text, sentAt ?? Friday);

    [Fact]
    public void ThisWeekWithNoDay_IsAskedOnAFriday_TakenOnAMonday()
    {
        var friday = Extract("袁涛", "干览污水厂这周电话过了 正常");
        Assert.Null(friday.Date);
        Assert.Contains(ContactQuestion.WhichDate, friday.Questions);

        var monday = Extract("袁涛", "干览污水厂这周电话过了 正常", new DateTimeOffset(2026, 11, 9, 17, 0, 0, TimeSpan.FromHours(8)));
        Assert.Equal(new DateOnly(2026, 11, 9), monday.Date);
        // "本周内" is a deadline someone gave, not the day of this call.
        Assert.Equal(new DateOnly(2026, 11, 13), Extract("袁涛", "干览污水厂今天来电问污泥外运，已转土壤处，土壤处说本周内直接电话联系他们").Date);
    }

    [Fact]
    public void DayCorrectedInPassing_IsNoProblem()
    {
        var x = Extract("祝思雨", "华和热电 周二 哦不对周一 视频 问锅炉超低排放改造完要不要验收 已答复要做自主验收");
        Assert.Equal(new DateOnly(2026, 11, 9), x.Date);
        Assert.Equal("锅炉超低排放改造完要不要验收", x.Problem);
        Assert.Equal(ServiceResolutions.Solved, x.Resolution);
    }

    [Theory]
    [InlineData("华丰船厂前天打了个电话 等他协调执法那边一起去看看")]
    [InlineData("华丰船厂前天打了个电话 下个月我们要去现场看储罐区")]
    public void AVisitStillToMake_AfterACall_LeavesTheCall(string text) =>
        Assert.Equal(ServiceChannels.Phone, Extract("邵娜慧", text).Channel);

    [Fact]
    public void VoiceRunOn_WhoAsksAndTheGuidesAdvice_StartClausesOfTheirOwn()
    {
        var x = Extract("邵娜慧", "华丰船厂前天打了个电话他们说喷砂粉尘周边居民有意见问怎么处理我建议先加围挡和湿法作业喷砂尽量放到白天然后书面报给吴科了等他协调执法那边一起去看看");
        Assert.Equal("喷砂粉尘周边居民有意见", x.Problem);
        Assert.Equal(ServiceChannels.Phone, x.Channel);
        Assert.Equal(ServiceResolutions.InProgress, x.Resolution);
    }

    [Fact]
    public void EarlierMatterNamed_TheQuestionAboutItIsTheProblem() =>
        Assert.Equal("加装除臭设备有没有补贴", Extract("竺诗雨", "酵解中心周二现场 之前臭气投诉那个事 他们问加装除臭设备有没有补贴 帮问了还没回").Problem);

    [Theory]
    [InlineData("吴雷", "兴业 周一微信 问排污许可延续 材料清单发了", ServiceResolutions.Solved)]
    [InlineData("陆佩军", "金鹰周四去看了 油漆桶露天堆放 让他们当天收进危废仓库了", ServiceResolutions.Solved)]
    [InlineData("赵思平", "舟恒 周三微信 鱼粉车间废气异味 问除臭工艺 推荐了两家技术单位 他们在比选", ServiceResolutions.InProgress)]
    [InlineData("王建明", "金塘污水厂 前天电话 污泥外运处置合同到期 在找新单位", ServiceResolutions.InProgress)]
    [InlineData("张靖琪", "周三电话 石化问LDAR检测频次新标准是不是改了 回复他们了 顺便说了下下个月要去现场 让他们把检测报告和台账都准备好", ServiceResolutions.Solved)]
    public void TerseOutcomes(string guide, string text, string expected) =>
        Assert.Equal(expected, Extract(guide, text).Resolution);

    [Fact]
    public void AnAsideAboutAnotherGuidesWorks_IsNoProblem()
    {
        var x = Extract("金文斌", "奥斯特周一电话 无问题（富生那家是王婧的 我没打）");
        Assert.Equal("浙江奥斯特汽车配件有限公司", x.Enterprise?.Name);
        Assert.True(string.IsNullOrEmpty(x.Problem));
        Assert.Equal(ServiceResolutions.Solved, x.Resolution);
    }
}
