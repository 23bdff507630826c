using EnvBot.Data.Domain.Pairings;
using EnvBot.Data.Guides;
using EnvBot.Data.Persistence.Seeding;

namespace EnvBot.Data.Tests.Guides;

/// <summary>The rule-based reading of a guide's one-message contact (issue 8), on the real Dinghai pairing table.</summary>
public sealed class ContactExtractorTests
{
    private static readonly IReadOnlyList<PairingRow> Rows = PairingTableParser.Parse(DatabaseSeeder.ReadSeed("dinghai-pairings.csv")).Rows;

    // Thursday 12 March 2026, 17:35 in Zhoushan.
    private static readonly DateTimeOffset Thursday = new(2026, 3, 12, 17, 35, 0, TimeSpan.FromHours(8));

    private static ContactExtraction Extract(string guide, string text, DateTimeOffset? sentAt = null) =>
        ContactExtractor.Extract(text, sentAt ?? Thursday, PairingCandidates.FromRows(Rows, guide));

    [Fact]
    public void IssueExample_PhoneCallAnsweredOnTheSpot()
    {
        var x = Extract("方静卫", "今天上午电话联系了长宏国际，他们问危废贮存间防渗怎么做，已经当场解答了");

        Assert.Equal("舟山长宏国际船舶修造有限公司(+再生利用)", x.Enterprise?.Name);
        Assert.Equal(new DateOnly(2026, 3, 12), x.Date);
        Assert.Equal(ServiceChannels.Phone, x.Channel);
        Assert.Equal("危废贮存间防渗怎么做", x.Problem);
        Assert.Equal(ServiceResolutions.Solved, x.Resolution);
        Assert.False(x.NeedsClarification);
    }

    [Fact]
    public void IssueExample_VisitNeedingAnotherDepartment()
    {
        var x = Extract("陆佩军", "昨天去金鹰现场走访，废气收集不到位，让他们下周整改，需要大气科配合");

        Assert.Equal("浙江金鹰股份有限公司", x.Enterprise?.Name);
        Assert.Equal(new DateOnly(2026, 3, 11), x.Date);
        Assert.Equal(ServiceChannels.OnSite, x.Channel);
        Assert.Equal("废气收集不到位", x.Problem);
        Assert.Equal(ServiceResolutions.InProgress, x.Resolution);
        Assert.Contains("大气科", x.NeedsDepartment);
        Assert.Contains("让他们下周整改", x.Other);
        Assert.Empty(x.Questions);
    }
}

public sealed class ContactExtractorAmbiguityTests
{
    private static readonly IReadOnlyList<PairingRow> Rows = PairingTableParser.Parse(DatabaseSeeder.ReadSeed("dinghai-pairings.csv")).Rows;
    private static readonly DateTimeOffset Thursday = new(2026, 3, 12, 17, 35, 0, TimeSpan.FromHours(8));

    private static ContactExtraction Extract(string guide, string text) =>
        ContactExtractor.Extract(text, Thursday, PairingCandidates.FromRows(Rows, guide));

    [Fact]
    public void BlockLead_NaHai_IsTwoEnterprises() =>
        Assert.Equal([ContactQuestion.SeveralEnterprises], Extract("夏爱萍", "纳海今天电话，问暂存的事，已解答").Questions);

    [Fact]
    public void Guide_SomeoneElsesEnterprise_IsAskedNotSaved()
    {
        var x = Extract("赵露渊", "今天电话金鹰，问排污口规范化，已解答");
        Assert.Equal("浙江金鹰股份有限公司", x.Enterprise?.Name);
        Assert.Contains(ContactQuestion.NotOwnEnterprise, x.Questions);
    }

    [Fact]
    public void VisitWithoutDate_IsAsked_CallWithoutDateIsToday()
    {
        Assert.Contains(ContactQuestion.WhichDate, Extract("方静卫", "去长宏现场看了，危废间标识不全，让他们整改").Questions);
        Assert.Equal(new DateOnly(2026, 3, 12), Extract("方静卫", "长宏电话，问防渗，已解答").Date);
    }

    [Fact]
    public void Typos_OnOwnEnterprisesOnly()
    {
        Assert.Equal("舟山长宏国际船舶修造有限公司(+再生利用)", Extract("方静卫", "长洪国际电话，无问题").Enterprise?.Name);
        Assert.Equal("浙江金鹰股份有限公司", Extract("陆佩军", "金英今天电话，无问题").Enterprise?.Name);
        // "昨天" is one character from 中天 (中天重工, block 1) but is a date, not a typo.
        Assert.Equal("浙江金鹰股份有限公司", Extract("陆佩军", "昨天去金鹰现场，无问题").Enterprise?.Name);
    }

    [Fact]
    public void NoResolutionWord_IsAsked() =>
        Assert.Contains(ContactQuestion.WhichResolution, Extract("金文斌", "奥斯特 电话 电泳槽废液怎么处置").Questions);

    [Fact]
    public void NothingSaidAboutWhatHappened_IsAsked_NotAssumedSolved()
    {
        var x = Extract("吴雷", "今天兴业打过电话了");
        Assert.Equal([ContactQuestion.WhatHappened], x.Questions);
        Assert.Null(x.Resolution);
        // A routine contact that says it was fine is not asked about.
        Assert.Empty(Extract("吴雷", "今天兴业打过电话了，没发现什么问题").Questions);
    }

    [Fact]
    public void VagueTime_AsksForTheDay() =>
        Assert.Contains(ContactQuestion.WhichDate, Extract("袁孝高", "宏达 上周电话 问蒸压釜废气要不要环评 已答复").Questions);

    [Fact]
    public void ProblemBoundaries_LeadAnswerAndTrailingResolutionLeftOut()
    {
        var said = Extract("王江锋", "跟东方印染的环保负责人通了电话 他们想知道印染废水纳管标准有没有调整 我跟他说没有调整");
        Assert.Equal(("印染废水纳管标准有没有调整", ServiceResolutions.Solved), (said.Problem, said.Resolution));
        var fixedOnTheSpot = Extract("干满水", "今天给宇锦打了电话，窑头粉尘问题已整改完");
        Assert.Equal(("窑头粉尘问题", ServiceResolutions.Solved), (fixedOnTheSpot.Problem, fixedOnTheSpot.Resolution));
        var explained = Extract("孙盛红", "大洋兴和 昨天微信 污水处理站在线监测COD数据异常 企业说是仪器故障 已经在修");
        Assert.Equal(("污水处理站在线监测COD数据异常", ServiceResolutions.InProgress), (explained.Problem, explained.Resolution));
    }
}
