using EnvBot.Data.Guides;

namespace EnvBot.Data.Tests.Guides;

/// <summary>Problems passed to a department or answered after asking one (blind set 84).</summary>
public sealed class ContactExtractorPassedOnTests
{
    // Friday 23 October 2026, 17:20 in Zhoushan.
    private static readonly DateTimeOffset Friday = new(2026, 10, 23, 17, 20, 0, TimeSpan.FromHours(8));

    private static ContactExtraction Extract(string guide, string text) => DinghaiContacts.Extract(guide, text, Friday);

    [Fact]
    public void WaitingForEnforcementToFixATime_IsUnderWay_AndTheirVisitIsNotTheChannel()
    {
        var x = Extract("傅一骏", "交投矿业 周三电联，企业说矿区道路扬尘被镇里点名了，想要个整改方案，我先给了洒水加围挡的建议，等执法队排时间去现场");
        Assert.Equal((ServiceChannels.Phone, ServiceResolutions.InProgress), (x.Channel, x.Resolution));
        Assert.Empty(x.Questions);
    }

    [Fact]
    public void ADepartmentThatOnlySaidWhatItDependsOn_IsNotStillNeeded() =>
        Assert.Equal(ServiceResolutions.Solved, Extract("竺诗雨", "东方环保 昨天微信 问动物酵解残渣能不能按一般固废处理，问了土壤处说要看鉴定结果，已回复企业").Resolution);

    [Fact]
    public void TheDepartmentsAnswerToTheMatter_LeavesTheMatterAsTheProblem()
    {
        var x = Extract("方静卫", "长宏上周三电话，再生利用线要不要重新环评的事环评处回复了，属重大变动需重新报批，已告知企业");
        Assert.Equal(("再生利用线要不要重新环评", ServiceResolutions.Solved), (x.Problem, x.Resolution));
    }
}
