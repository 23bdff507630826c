using EnvBot.Knowledge.Routing;

namespace EnvBot.Knowledge.Tests.Routing;

/// <summary>Table-driven checks of the routing table (seed 003 §五(一)(二), README conventions), on questions not in the dev set.</summary>
public class DepartmentRouterRuleTests
{
    private static DepartmentRouter Router => RoutingTestData.Router;

    [Theory]
    // One clear topic per row.
    [InlineData("电镀车间的含镍废水要单独处理吗？车间排放口执行什么标准", "水处", "涉水污染防治")]
    [InlineData("烤漆房的废气用活性炭吸附够不够？非甲烷总烃限值多少", "大气处", "涉气污染防治")]
    // Refrigerants (消耗臭氧层物质) are the air department's: found when a question about venting "旧氟" went to 综合处.
    [InlineData("冷库的氟利昂制冷剂漏了要不要报告", "大气处", "涉气污染防治")]
    [InlineData("危废仓库的防渗要怎么做？危废能贮存多久", "土壤处", "固废（含危废）污染防治")]
    [InlineData("SO2和NOx的排污权去哪里买？有偿使用费怎么交", "综合处", "总量指标与排污权（非VOCs）")]
    [InlineData("企业环境信用评价被评为黄牌，怎么申请信用修复", "综合处", "环境信用")]
    [InlineData("自行监测方案里废水多久测一次？能不能自己测", "科监处", "企业自行监测")]
    [InlineData("局里有没有在推广的除臭新技术？我们想当示范点", "科监处", "科技推广")]
    [InlineData("扩建一条生产线，环评要做报告书还是报告表", "环评处", "建设项目环评审批")]
    [InlineData("排污许可证快到期了，延续怎么申请", "环评处", "排污许可证")]
    [InlineData("三同时验收是自主验收吗？验收报告要公示多久", "环评处", "三同时验收")]
    [InlineData("今年的生态环境专项资金什么时候申报", "办公室", "财政性资金")]
    // The bureau's two exceptions.
    [InlineData("新上喷涂线要新增VOCs总量3吨，削减替代的来源去哪里找", "大气处", "VOCs总量指标")]
    [InlineData("在海里铺一条海底输油管道，海洋环评报告书找哪个处审批", "水处", "海洋项目环评（例外）")]
    // The marine project named only in the background still takes the EIA rules out (they are what it overrides).
    [InlineData("我们准备在嵊泗外海投放人工鱼礁。环评报告书要准备哪些材料，审批要多久", "水处", "海洋项目环评（例外）")]
    // Fixed-word distractors.
    [InlineData("COD和氨氮增加的总量怎么解决？VOCs减下来的我们不打算动", "综合处", "总量指标与排污权（非VOCs）")]
    [InlineData("锅炉NOx排放浓度要求降到多少？低氮改造什么时候完成", "大气处", "涉气污染防治")]
    [InlineData("排污证上写的VOCs手工监测，现在要不要装在线监测？联网怎么弄", "科监处", "在线（自动）监测")]
    [InlineData("城镇污水厂的脱水污泥能不能送水泥厂协同处置", "土壤处", "污水厂污泥")]
    [InlineData("在海岛上的陆地上建酒店，环评按海洋项目还是普通项目审批", "环评处", "海岛陆域项目环评（非海洋工程）")]
    [InlineData("危险废物经营许可证换证的时候能不能扩大经营规模", "土壤处", "危险废物经营许可证")]
    [InlineData("探伤机的辐射工作场所要定期监测吗？个人剂量谁来测", "土壤处", "核与辐射")]
    [InlineData("装了在线监测花了几十万，政府有没有补贴", "办公室", "财政性资金")]
    // 其他 under the 三定方案.
    [InlineData("第一次违法能不能适用首违不罚？", "其他", "执法事项")]
    [InlineData("对处罚决定不服，行政复议找谁", "其他", "法律程序")]
    public void Route_KnownTopic_RulesPickTheTablesDepartmentAndSayWhy(string question, string department, string ruleName)
    {
        var decision = Router.Route(question);

        Assert.Equal(department, decision.Department);
        Assert.False(decision.OutOfScope);
        Assert.Equal(DecisionSource.Rules, decision.DecidedBy);
        Assert.StartsWith($"规则：{ruleName}→{department}", decision.Why, StringComparison.Ordinal);
        Assert.Contains("命中：", decision.Why, StringComparison.Ordinal);
        Assert.InRange(decision.Confidence, Router.Table.Thresholds.RulesSure, 1.0);
    }

    [Theory]
    [InlineData("我要投诉你们的工作人员，办事拖了两个月", "投诉举报")]
    [InlineData("举报一下，有家厂晚上偷排废水，你们赶紧去查", "投诉举报")]
    [InlineData("隔壁那家喷漆厂味道熏得我们头晕，请你们去处理", "投诉举报")]
    [InlineData("去年写的信访件到现在没答复，办理进度去哪查", "信访")]
    [InlineData("河边那个养猪场天天往河里排粪水，打了好几次电话投诉了几次都没人管", "投诉举报")]
    [InlineData("对面码头装卸煤炭灰很大，我们车间全是灰，你们能不能出面让他们赔", "投诉举报")]
    public void Route_PetitionOrComplaint_OutOfScopeWithOther(string question, string kind)
    {
        var decision = Router.Route(question);

        Assert.True(decision.OutOfScope);
        Assert.Equal("其他", decision.Department);
        Assert.Equal(kind, decision.OutOfScopeKind);
        Assert.Contains("不属咨询日范围", decision.Why, StringComparison.Ordinal);
        Assert.Empty(decision.Secondary);
    }

    [Theory]
    [InlineData("有居民投诉说我们厂有油漆味，区里让我们整改，想问RTO怎么运行才能稳定达标", "大气处")]
    [InlineData("我们被举报说废水超标，自己测是达标的，废水排放标准到底执行哪个", "水处")]
    public void Route_ComplaintAgainstTheAskerButRealQuestion_InScopeToTheMediaDepartment(string question, string department)
    {
        var decision = Router.Route(question);

        Assert.False(decision.OutOfScope);
        Assert.Equal(department, decision.Department);
    }

    [Fact]
    public void Route_EnforcementQuestion_NamesTheResponsibleUnit()
    {
        var decision = Router.Route("设备被查封了，整改完了怎么申请解除查封");

        Assert.Equal("其他", decision.Department);
        Assert.Equal("执法支队", decision.Unit);
        Assert.Contains("三定：执法支队", decision.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_BackgroundSetAside_MainAskDecides()
    {
        var decision = Router.Route("储罐那块的环评我们已经问过了，主要想问海底管道是不是要单独做海洋环评");

        Assert.Equal("水处", decision.Department);
    }

    [Fact]
    public void Route_SecondSubQuestion_ListedAsSecondary()
    {
        var decision = Router.Route("危废经营许可证换证时经营规模能不能增加？规模增加的话要不要重新做环评报告书？");

        Assert.Equal("土壤处", decision.Department);
        Assert.Contains("环评处", decision.Secondary);
    }

    [Theory]
    [InlineData("你好")]
    [InlineData("你好，我们厂的事情比较多，不知道该问谁，能不能帮忙看看")]
    [InlineData("请问一下，这个怎么办理？")]
    public void Route_NothingToGoOn_FallsBackTo综合处ForTriage(string question)
    {
        var decision = Router.Route(question);

        Assert.Equal("综合处", decision.Department);
        Assert.Equal(DecisionSource.Fallback, decision.DecidedBy);
        Assert.Contains("交综合处人工分办", decision.Why, StringComparison.Ordinal);
        Assert.True(decision.Confidence < Router.Table.Thresholds.ClassifierAlone);
    }

    [Fact]
    public void Route_RulesUnsure_ClassifierDecidesAndSaysSo()
    {
        // No term of the table, but worded like the training examples about 危废.
        var decision = Router.Route("车间换下来的废乳化液、废切削液装了好几桶，要交给谁拉走");

        Assert.NotEqual(DecisionSource.Rules, decision.DecidedBy);
        if (decision.DecidedBy == DecisionSource.Classifier)
        {
            Assert.StartsWith("分类器：", decision.Why, StringComparison.Ordinal);
        }
    }
}
