using EnvBot.Knowledge.Policy;

namespace EnvBot.Knowledge.Tests.Policy;

/// <summary>How the question's intent moves articles (issue 6): an enterprise asking its own date.</summary>
[Collection(PolicyCollection.Name)]
public sealed class PolicyIntentRankingTests(PolicyFixture fixture)
{
    [Fact]
    public void AskingTheEnterprisesOwnDate_RanksItsDateAboveTheBureausOther_DateArticles()
    {
        // 企业 3月15日前 (第十九条) against the bureau's 名单 and 格式 duties (第九条, 第十一条): found trying it as an
        // enterprise. The bureau's own 3月底前 (第二十三条) still shares more words with the question and stays first.
        var hits = fixture.Search.Search("年度环境信息依法披露报告最晚几号前要交", 10).Hits
            .Where(h => h.File == "rule-enterprise-environmental-information-disclosure.md")
            .Select(h => h.ArticleNumber)
            .ToList();
        Assert.True(hits.IndexOf(19) is >= 0 and < 5, $"第十九条 at {hits.IndexOf(19)}");
        Assert.True(hits.IndexOf(19) < hits.IndexOf(11), "the enterprise's date above the bureau's format duty");
    }

    [Theory]
    [InlineData("我们厂的突发环境事件应急预案做好了，去哪备案", "rule-environmental-emergency-management.md", 13)]
    [InlineData("辐射安全许可证找哪个部门办", "reg-radioisotopes-and-radiation-devices.md", 8)]
    [InlineData("排污证去哪办", "law-ecological-environment-code.md", 178)] // found trying it as an enterprise manager
    public void AskingWhereAProcedureIsDone_TheArticleNamingTheAuthorityIsFirst(string question, string file, int article)
    {
        var top = fixture.Search.Search(question, 5).Hits[0];
        Assert.Equal((file, article), (top.File, top.ArticleNumber));
    }

    [Theory]
    [InlineData("马鞍列岛保护区里能不能新开排污口")]
    [InlineData("我们在东极岛开民宿，这里属于中街山列岛海洋特别保护区，想埋根管子把污水直接排到海里")]
    public void NamingAProtectedArea_NamesTheRegulationMadeForIt(string question)
    {
        // 舟山市国家级海洋特别保护区管理条例 第二条 names both areas; 浙江省海洋环境保护条例 第十九条 only lists them among
        // others, and ranked first on their names before (25 first places gained over every set, none lost).
        Assert.Contains("舟山市国家级海洋特别保护区管理条例", fixture.Search.Analyze(question).LawTitles);
        var top = fixture.Search.Search(question, 5).Hits[0];
        Assert.Equal(("zs-national-marine-special-protected-areas.md", 16), (top.File, top.ArticleNumber));
    }

    [Theory]
    [InlineData("应急预案编好了，要报到哪里去备案？", "备案")]
    [InlineData("要向哪个部门申请倾倒许可证？多久能批下来", "申请,许可")]
    [InlineData("接收船舶垃圾要去哪个部门办手续？", "备案,审批,许可,批准")]
    [InlineData("排污证去哪办", "申请,审批,许可,备案")]
    [InlineData("备案要交哪些材料？", "")] // asks what, not where
    public void ProceduresAskedWhere_AreThoseInTheClauseThatAsksWhere(string question, string expected) =>
        Assert.Equal(expected, string.Join(",", PolicyIntent.ProceduresAskedWhere(question)));

    [Theory]
    [InlineData("从事船舶污染物接收服务的单位，应当具备相应的接收能力，并向港口行政主管部门备案。", true)]
    [InlineData("船舶污染物接收单位应当每月将船舶污染物接收情况报告海事管理机构。", false)] // reports, not files
    [InlineData("船舶污染物接收单位未按照规定将船舶污染物的接收和处理情况报海事管理机构备案的，由海事管理机构处2万元以下的罚款。", false)] // the breach punished
    public void NamesAuthorityFor_TheAuthorityFollowedByTheProcedure(string article, bool expected) =>
        Assert.Equal(expected, PolicyIntent.NamesAuthorityFor(article, ["备案"]));

    [Theory]
    [InlineData("去年因为废水超标被罚过一次，罚款早交了，银行说我们有不良记录，能消掉吗？", false)]
    [InlineData("废水超标会被罚多少？", true)]
    [InlineData("以前被罚过，这次再超标会怎么处罚？", true)]
    public void AFineToldAsBackground_IsNotAPenaltyQuestion(string question, bool asksPenalty) =>
        Assert.Equal(asksPenalty, fixture.Search.Analyze(question).AsksPenalty);

    [Fact]
    public void DutyAndPenaltyAskedTogether_TheDutyArticleIsNotPushedDown()
    {
        // Five blind writers (sets 38, 40–42, 45) ask a fish-meal plant's odour duty and its fine in one breath; the duty
        // article (法典第二百四十九条) used to fall below the penalty articles of other matters.
        var question = "我们是做鱼粉的，一开工周边就有人投诉臭味，12345上都挂了好几次。法典对恶臭有什么要求？被查到会罚多少？";
        var query = fixture.Search.Analyze(question);
        Assert.True(query.AsksPenalty && query.AsksDuty);
        var hits = fixture.Search.Search(question, 10).Hits.Select(h => (h.File, h.ArticleNumber)).ToList();
        Assert.True(hits.IndexOf(("law-ecological-environment-code.md", 249)) is >= 0 and < 5, $"第二百四十九条 at {hits.IndexOf(("law-ecological-environment-code.md", 249))}");
    }

    [Theory]
    [InlineData("准备把厂区土地使用权转给别人。转让之前我们得先做什么？不做会怎样？", true)]
    [InlineData("动手拆之前环保上有哪些必须先做的？没做好会罚多少？", true)]
    // Measured as a duty and worse (sets 14, 18, 36): what permit to get is answered with the permit's penalty article.
    [InlineData("要办什么证、找谁批？要是没证先倒了会怎么罚？", false)]
    public void WhatMustBeDoneFirst_IsTheDutyBesideThePenalty(string question, bool asksDuty)
    {
        var query = fixture.Search.Analyze(question);
        Assert.True(query.AsksPenalty);
        Assert.Equal(asksDuty, query.AsksDuty);
    }

    [Fact]
    public void APersonalDose_IsNotThePersonLiable()
    {
        // Blind set 62: "个人剂量要不要测" added 个人's liability words (直接负责的主管人员) and ranked penalty articles for
        // persons first; a phrase of kind add! keeps a shorter phrase inside it from adding its words there.
        Assert.DoesNotContain("直接负责的主管人员", fixture.Search.Analyze("探伤机操作工人的个人剂量要不要测？").ExpandedText, StringComparison.Ordinal);
        Assert.Contains("直接负责的主管人员", fixture.Search.Analyze("出了事个人会不会被罚？").ExpandedText, StringComparison.Ordinal);
        var hits = fixture.Search.Search("公司买了台探伤机做焊缝检测，操作的工人需要什么培训考核？个人剂量要不要测？", 5).Hits
            .Select(h => (h.File, h.ArticleNumber)).ToList();
        Assert.Contains(("reg-radioisotopes-and-radiation-devices.md", 29), hits);
    }
}
