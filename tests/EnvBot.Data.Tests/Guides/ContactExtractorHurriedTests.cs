using EnvBot.Data.Guides;

namespace EnvBot.Data.Tests.Guides;

/// <summary>
/// Contacts typed in a hurry at the month's end (blind set 85): IME homophones, corrections sent as a new message,
/// voice run-ons, and where a matter stands in a few words; and the day told every way guides say it (blind set 86).
/// </summary>
public sealed class ContactExtractorHurriedTests
{
    // Friday 27 November 2026, 14:50 in Zhoushan.
    private static readonly DateTimeOffset Friday = new(2026, 11, 27, 14, 50, 0, TimeSpan.FromHours(8));

    private static ContactExtraction Extract(string guide, string text) => DinghaiContacts.Extract(guide, text, Friday);

    [Theory]
    [InlineData("华业塑机 点话 没问题", ServiceChannels.Phone)]
    [InlineData("华业塑机 视屏 抽查了台账 无问题", ServiceChannels.Video)]
    public void ChannelTypedAsAHomophone_IsTheChannel(string text, string channel)
    {
        var x = Extract("乐最康", text);
        Assert.Equal(channel, x.Channel);
        Assert.Equal(new DateOnly(2026, 11, 27), x.Date);
        Assert.Equal("", x.Problem);
    }

    [Theory]
    [InlineData("点话")]
    [InlineData("视屏")]
    public void ShortAnswer_WithAHomophone_NamesTheChannel(string answer) =>
        Assert.NotNull(ContactExtractor.ChannelIn(answer));

    [Theory]
    [InlineData("刚才那条发错了 金星螺杆是昨天去的现场不是今天 热处理油烟那个问题企业已经装好净化器了")]
    [InlineData("金星螺杆 不是今天是昨天去的现场 热处理油烟那个问题企业已经装好净化器了")]
    public void DayCorrected_IsTheDay_AndNotTheProblem(string text)
    {
        var x = Extract("潘明杰", text);
        Assert.Equal(new DateOnly(2026, 11, 26), x.Date);
        Assert.Equal("热处理油烟", x.Problem);
        Assert.Equal(ServiceResolutions.Solved, x.Resolution);
    }

    [Fact]
    public void DateOfTheEarlierMessageCorrected_TheDayToldIsTheContacts()
    {
        var x = Extract("张靖琪", "更正一下 刚才发的日期不对 中海石化是11月26号视频联系的 问储罐清罐底泥怎么处置 已转土壤处");
        Assert.Equal(new DateOnly(2026, 11, 26), x.Date);
        Assert.Equal("储罐清罐底泥怎么处置", x.Problem);
        Assert.Equal(ServiceResolutions.InProgress, x.Resolution);
    }

    [Fact]
    public void VoiceRunOn_TheGuidesVerdictOfNothingWrong_IsNoProblem()
    {
        var x = DinghaiContacts.Extract("金文斌", "今天下午去奥斯特现场看了一下他们喷漆房的活性炭说是上个月刚换过的台账也有我看了没什么问题企业那边也没提什么要求就这样",
            new DateTimeOffset(2026, 11, 24, 16, 55, 0, TimeSpan.FromHours(8)));
        Assert.Equal("", x.Problem);
        Assert.Equal(ServiceResolutions.Solved, x.Resolution);
        Assert.Empty(x.Questions);
    }

    [Fact]
    public void VoiceRunOn_WhatTheyAskAfterWhatWasLookedAt_IsTheProblem()
    {
        var x = DinghaiContacts.Extract("徐吉波", "上周五下午去益民那边现场看了一圈废塑料破碎清洗的废水他们说沉淀池要清淤了问清出来的污泥能不能当一般固废处理我跟他说要先做危废鉴别他们说月底前找检测公司",
            new DateTimeOffset(2026, 10, 26, 19, 30, 0, TimeSpan.FromHours(8)));
        Assert.Equal(new DateOnly(2026, 10, 23), x.Date);
        Assert.Equal("清出来的污泥能不能当一般固废处理", x.Problem);
        Assert.Equal(ServiceResolutions.InProgress, x.Resolution);
    }

    [Fact]
    public void CallMadeOut_IsNotPartOfTheProblem() =>
        Assert.DoesNotContain("过去", Extract("丁建平", "纳海油污水那边今天电话打过去说填埋场渗滤液这个月量比较大调节池快满了问能不能临时拉到别的污水厂处理我说这个要报土壤处和水处一起商量").Problem);

    [Theory]
    // The guide is to find out, or to take it to a department: not answered yet.
    [InlineData("徐吉波", "益民 今天现场 他们问废机油桶能不能自己清洗后回用 我说回去查一下", ServiceResolutions.InProgress)]
    [InlineData("丁建平", "纳海油污水今天电话 他们说调节池快满了问能不能临时拉到别的污水厂处理 我说这个要报土壤处", ServiceResolutions.InProgress)]
    // An answer that waits on a step first, which the enterprise has gone to take.
    [InlineData("黄璞", "舟利 今天视频 问洗砂废水沉淀池污泥能不能回填采坑 我说要先做鉴别 企业去问检测机构了", ServiceResolutions.InProgress)]
    // The fix they were told to make, not made; told twice and still not taken away.
    [InlineData("蒋康成", "金科 今天现场 废铅蓄电池暂存间防渗层开裂 让企业修补 还没修", ServiceResolutions.Unsolved)]
    [InlineData("王婧", "富生 今天现场 舾装码头油污水收集桶满了没及时转运 说了两次了还是没拉走", ServiceResolutions.Unsolved)]
    // "他们说在找…": being done.
    [InlineData("王婧", "富生 今天电话 船坞喷砂粉尘的事他们说在找第三方做方案", ServiceResolutions.InProgress)]
    public void WhereItStands_InAFewWords(string guide, string text, string resolution) =>
        Assert.Equal(resolution, Extract(guide, text).Resolution);

    [Fact]
    public void AfternoonNamed_BeforeNoon_IsNotToday() =>
        // Sent at 10:00: the afternoon has not come yet (blind set 86).
        Assert.Null(DinghaiContacts.Extract("潘明杰", "下午三点给金星螺杆打过电话了，企业问淬火油烟净化器装好后要不要验收，已经跟他们说清楚了",
            new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.FromHours(8))).Date);

    [Fact]
    public void LoggedLate_TheDayOfLoggingIsNotTheContacts()
    {
        var x = DinghaiContacts.Extract("孙盛红", "上上周去过一次大洋兴和食品，企业问突发环境事件应急预案到期了要不要重新备案，已答复需要修订后重新备案。当时忘记报了，今天补上",
            new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8)));
        Assert.Null(x.Date);
        Assert.Contains(ContactQuestion.WhichDate, x.Questions);
        Assert.Equal(ServiceChannels.OnSite, x.Channel);
    }

    [Theory]
    [InlineData("吴雷", "上周日东方印染值班的刘总打电话过来，说污水站停电了，我让他们先启动应急预案并报执法支队，当天下午就恢复供电了", "污水站停电了", ServiceResolutions.Solved)]
    [InlineData("干满水", "周六给宇锦水泥厂长打了个电话，他问今年冬季错峰生产方案什么时候下来。我问了大气处，说方案还在编，出来第一时间通知他们", "今年冬季错峰生产方案什么时候下来", ServiceResolutions.InProgress)]
    [InlineData("傅一骏", "昨晚跟交投矿业王经理微信聊到十点多，他问矿区扬尘在线监测数据要不要联网到我们平台，这个我也说不准，还没回他", "矿区扬尘在线监测数据要不要联网到我们平台", ServiceResolutions.Unsolved)]
    [InlineData("王江锋", "11/20 微信 东方印染 企业问排污许可证延续申请的截止时间，已转环评处答复，企业已收到", "排污许可证延续申请的截止时间", ServiceResolutions.Solved)]
    public void WhoCalledAndHowLong_IsNotTheProblem(string guide, string text, string problem, string resolution)
    {
        var x = Extract(guide, text);
        Assert.Equal(problem, x.Problem);
        Assert.Equal(resolution, x.Resolution);
    }

    [Theory]
    // An ordinary five weeks (blind set 88): "再告诉他" is still to come, "等审核" waits, "这件事办结" is done.
    [InlineData("徐吉波", "上周五去益民厂里转了一圈 废矿物油暂存间的标识牌旧了 让他们换新的 别的没啥 老板问今年危废经营许可证换证材料什么时候交 我说回头问一下土壤处再告诉他", ServiceResolutions.InProgress)]
    [InlineData("吴雷", "兴业 上周六现场 冷库氨制冷应急预案修订后要不要重新备案？要。已指导企业在系统提交，等审核", ServiceResolutions.InProgress)]
    [InlineData("陆佩军", "金鹰股份 今天现场。企业想请我们帮忙联系监测站做一次比对监测。监测站已经联系好了，下周二过去采样，这件事办结。", ServiceResolutions.Solved)]
    public void WhereItStands_AnOrdinaryMonth(string guide, string text, string resolution) =>
        Assert.Equal(resolution, Extract(guide, text).Resolution);

    [Fact]
    public void ForgotToReport_IsNotTheProblem() =>
        Assert.Equal("", DinghaiContacts.Extract("傅一骏", "交投矿业这个月初去过一次现场 忘记报了 爆破后的粉尘喷淋已经加装好了 企业没提别的问题",
            new DateTimeOffset(2026, 11, 25, 9, 40, 0, TimeSpan.FromHours(8))).Problem);

    [Fact]
    public void VoiceInput_ChannelTakenBack_IsTheOneSaidAfter() =>
        // Dictated by voice (blind set 89).
        Assert.Equal(ServiceChannels.Phone, Extract("竺诗雨", "动物酵解中心那个 东方环保 今天视频 不对 今天是电话 嗯 打的电话 他们说厂界那个臭气周边居民投诉了两次").Channel);

    [Fact]
    public void VoiceInput_DayNotRemembered_IsAsked()
    {
        var x = Extract("乐梦佳", "造漆厂那边去了 嗯 那天是周二 不对 好像是周三 反正就是上周 我记不太清了 他们问溶剂型涂料的VOCs含量限值标准有没有新的 我说回头查了发给他们");
        Assert.Null(x.Date);
        // Both days named are offered, not the one said last.
        Assert.Contains(ContactQuestion.SeveralDates, x.Questions);
        Assert.Equal(ServiceResolutions.InProgress, x.Resolution);
    }

    [Theory]
    [InlineData("郑杰", "那个王能今天早上视频连线了一下 他们问焚烧炉在线检测数据有一个小时超标了要不要报备", "舟山旺能环保能源有限公司")]
    public void VoiceInput_NameHeardOneCharacterOff_AfterAFiller(string guide, string text, string enterprise) =>
        Assert.Equal(enterprise, Extract(guide, text).Enterprise?.Name);

    [Theory]
    [InlineData("金文斌", "奥斯特 微信 今天 企业问危废贮存间要不要装监控 已答复需要，接入视频", ServiceChannels.WeChat)]
    [InlineData("蒋康成", "金科 前天下午去的 他们问废铅蓄电池收集要办什么许可证 我当场就说了", ServiceChannels.OnSite)]
    public void ChannelWords(string guide, string text, string channel) =>
        Assert.Equal(channel, Extract(guide, text).Channel);

    [Fact]
    public void AnswerThatTheEnterpriseMustReport_IsAnAnswer() =>
        Assert.Equal(ServiceResolutions.Solved, Extract("郑才君", "南洋之星 今天电话 企业问船台区雨污分流改造方案要不要报备，已答复需要报水处").Resolution);
}
