using EnvBot.Data.Guides;

namespace EnvBot.Data.Tests.Guides;

/// <summary>
/// Contacts the enterprise started — a call, a voice message, a notice it received, a form it could not submit (blind
/// set 87): who reached out and how is not the problem; what the notice says is.
/// </summary>
public sealed class ContactExtractorReachedOutTests
{
    // Tuesday 3 November 2026, 10:10 in Zhoushan.
    private static readonly DateTimeOffset Tuesday = new(2026, 11, 3, 10, 10, 0, TimeSpan.FromHours(8));

    private static ContactExtraction Extract(string guide, string text) => DinghaiContacts.Extract(guide, text, Tuesday);

    [Theory]
    [InlineData("方静卫", "长宏安环部小刘今天上午打电话过来，说收到市局的监测超标告知，雨水排放口上个月采样COD超了，问要不要停产整改。", "雨水排放口上个月采样COD超了")]
    [InlineData("吴雷", "东方那家印染厂陈厂长今天上午来电话，说收到市监测站的监测超标告知书，总排口色度超标，很着急怕被罚。我让王江锋明天去现场看看", "总排口色度超标")]
    [InlineData("傅一骏", "交投矿业 今天 电话。安全环保部王部长打来，说附近养殖户反映矿区爆破后粉尘落到虾塘里", "附近养殖户反映矿区爆破后粉尘落到虾塘里")]
    [InlineData("徐吉波", "今天 益民厂 微信 老板发语音问排污许可证明年初到期，延续要提前多久申请。", "排污许可证明年初到期，延续要提前多久申请")]
    [InlineData("干满水", "宇锦水泥今天生产部打电话问窑尾氮氧化物超低排放改造有没有补贴，我说问一下大气处。", "窑尾氮氧化物超低排放改造有没有补贴")]
    public void WhoReachedOutAndTheNoticeTheyGot_AreNotTheProblem(string guide, string text, string problem) =>
        Assert.Equal(problem, Extract(guide, text).Problem);

    [Fact]
    public void NoteWithHeadings_企业问_答_状态()
    {
        var x = Extract("蒋康成", "金科 昨天 微信 企业问：废铅蓄电池收集试点资格明年还能不能续 答：省厅还没出新文件，已请土壤处有消息告知 状态：等通知");
        Assert.Equal("废铅蓄电池收集试点资格明年还能不能续", x.Problem);
        Assert.Equal(ServiceResolutions.InProgress, x.Resolution);
    }

    [Theory]
    [InlineData("周文章", "和泓纸业 今天微信 年报实际排放量报错提示超许可量，帮他看了是单位填错了，改完提交成功。", ServiceResolutions.Solved)]
    [InlineData("祝思雨", "今天中海粮油热电电话，问在线监测数据缺失两小时会不会算超标，问了科监处，确认按故障报备就行，已转告", ServiceResolutions.Solved)]
    [InlineData("祝思雨", "中海粮油 今天 电话 问要准备哪些材料，我把清单发他了", ServiceResolutions.Solved)]
    [InlineData("孙洁", "东兴海洋生物今天微信 鱼粉车间异味 建议尽快上除臭设施 他说除臭设备报价80万，暂时上不起", ServiceResolutions.Unsolved)]
    public void WhereItStands(string guide, string text, string resolution) =>
        Assert.Equal(resolution, Extract(guide, text).Resolution);

    [Theory]
    [InlineData("孙盛红", "大洋兴和周一打过来问，咨询日12月10号还能不能报名，我说11月底前在网站预约就行")]
    [InlineData("王建明", "金塘污水厂厂长今天打我手机，说金通这周出差联系不上。他们进水COD这两天偏高，问能不能查一下，我已经转执法大队了")]
    // The enforcement team went to the site; the guide was phoned.
    [InlineData("张靖琪", "上周六舟山石化值班长打电话来，说厂界外有居民打12369反映有油气味，执法大队晚上去了现场。")]
    public void CalledIn_IsAPhoneContact(string guide, string text) =>
        Assert.Equal(ServiceChannels.Phone, Extract(guide, text).Channel);

    [Fact]
    public void GuideAwayNamedByTheEnterprise_IsNotTheProblem() =>
        Assert.Equal("进水COD这两天偏高", Extract("王建明", "金塘污水厂厂长今天打我手机，说金通这周出差联系不上。他们进水COD这两天偏高，问能不能查一下，我已经转执法大队了").Problem);

    [Fact]
    public void WeekdayArrangedAhead_IsNotTheContactsDay() =>
        // Sent on a Monday: "约了周三" is the coming Wednesday, and "上周末" which day is asked.
        Assert.Null(DinghaiContacts.Extract("郑杰", "旺能上周末给我打电话，说飞灰固化物进填埋场的检测报告过期了。已经跟土壤处约了周三一起过去看。",
            new DateTimeOffset(2026, 11, 2, 9, 20, 0, TimeSpan.FromHours(8))).Date);
}
