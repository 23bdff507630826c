using EnvBot.Data.Guides;

namespace EnvBot.Data.Tests.Guides;

/// <summary>
/// Follow-ups of a problem raised at an earlier contact (blind set 82): the record is this contact's, and the problem is
/// the matter followed up, without the words that point back to it.
/// </summary>
public sealed class ContactExtractorFollowUpTests
{
    // Thursday 26 November 2026, 16:00 in Zhoushan.
    private static readonly DateTimeOffset Thursday = new(2026, 11, 26, 16, 0, 0, TimeSpan.FromHours(8));

    private static ContactExtraction Extract(string guide, string text) => DinghaiContacts.Extract(guide, text, Thursday);

    [Theory]
    [InlineData("赵思平", "舟恒今天打了电话，上月底说的预处理池污泥淤积，他们说下周才安排清淤", "预处理池污泥淤积")]
    [InlineData("竺诗雨", "东方环保昨天电话回访，10月底提的除臭风机噪音大，更换了减震垫和消声器", "除臭风机噪音大")]
    [InlineData("徐吉波", "上周五给益民打电话问了，雨污管道混接那块还是没动", "雨污管道混接")]
    [InlineData("袁涛", "干览污水厂周二电话跟进了一下，总氮超标的事已经连续一周达标了", "总氮超标")]
    [InlineData("陆佩军", "昨天电话问了金鹰 废气收集不全的整改进度 说设备下周进场", "废气收集不全")]
    [InlineData("乐最康", "华业塑机今早QQ回访了，活性炭更换记录不全的事，他们把10月份的更换记录补传了", "活性炭更换记录不全")]
    public void TheMatterFollowedUp_IsTheProblem_WithoutWhatPointsBackToIt(string guide, string text, string problem) =>
        Assert.Equal(problem, Extract(guide, text).Problem);

    [Fact]
    public void ATopicAskedAbout_KeepsItsName() =>
        // "问…的事": a topic, not a fault — most writers keep "的事" (15 of 26).
        Assert.Equal("危废转移联单电子化的事", Extract("方静卫", "长宏今天打了个电话，问危废转移联单电子化的事，已经跟他们讲清楚了").Problem);

    [Theory]
    [InlineData("王婧", "11月24号下午去富生复查，坞内冲洗水直排的问题又出现了，上个月整改后管子又被接回去了", ServiceResolutions.Unsolved)]
    [InlineData("孙洁", "东兴海洋生物 周二电话回访 污水站臭气 加盖还没做 设计方案也没找人出 催了两次了", ServiceResolutions.Unsolved)]
    [InlineData("王建明", "沥港今天微信发来照片 上次说的废油漆桶乱堆 现在全进危废仓库了 台账也补齐了", ServiceResolutions.Solved)]
    [InlineData("周文章", "和泓纸业 周一电话回访 之前出水COD偏高的问题 已稳定达标", ServiceResolutions.Solved)]
    public void WhereItStandsAfterTheFollowUp(string guide, string text, string expected) =>
        Assert.Equal(expected, Extract(guide, text).Resolution);

    [Fact]
    public void TheDayOfTheEarlierFinding_IsNotThisContactsDay()
    {
        var x = Extract("赵露渊", "欧莱克今天微信发来整改照片，11.16现场看到的危废间标识不全已经补上了");
        Assert.Equal(new DateOnly(2026, 11, 26), x.Date);
        Assert.Equal(ServiceChannels.WeChat, x.Channel);
        Assert.Empty(x.Questions);
    }

    [Fact]
    public void AReCheckHeader_IsWhoWhenAndHow_NotANote()
    {
        // Found trying the bot: "长宏上周四复查" was left in 其他说明.
        var x = Extract("方静卫", "长宏上周四复查 上次说的废油漆桶乱堆的事 现在全进危废仓库了 台账也补齐了");
        Assert.Equal((new DateOnly(2026, 11, 19), ServiceChannels.OnSite, "废油漆桶乱堆", ServiceResolutions.Solved), (x.Date, x.Channel, x.Problem, x.Resolution));
        Assert.Equal("", x.Other);
    }

    [Fact]
    public void ASecondLookReportedDone_IsThisContact()
    {
        var x = Extract("郑杰", "旺能飞灰扬散的问题，周一复查时还没弄好，今天再去看已经全部吨袋密封入库了");
        Assert.Equal(new DateOnly(2026, 11, 26), x.Date);
        Assert.Equal(ServiceChannels.OnSite, x.Channel);
        Assert.Equal(ServiceResolutions.Solved, x.Resolution);
    }
}
