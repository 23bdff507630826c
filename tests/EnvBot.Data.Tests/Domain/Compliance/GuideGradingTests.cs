using EnvBot.Data.Domain.Compliance;

namespace EnvBot.Data.Tests.Domain.Compliance;

public sealed class GuideGradingTests
{
    private static readonly AssessmentRules Rules = new();

    private static GuideMonthFigures Figures(int required = 10, int met = 10, int collected = 4, int solved = 4, int blocked = 0, int fedBack = 4, int open = 0, double? rating = null, string name = "王五") =>
        new(1, name, required, met, collected, solved, blocked, fedBack, open, rating, rating is null ? 0 : 3);

    [Fact]
    public void FrequencyNotMet_IsUnqualified_WhateverWasSolved()
    {
        var a = GuideGrading.Assess(Figures(met: 9), Rules);

        Assert.Equal(GuideGrade.Unqualified, a.Grade);
        Assert.Contains("应完成 10 项，完成 9 项", a.Rule);
    }

    [Fact]
    public void FrequencyMetButNothingCollected_IsQualified_AndSaysWhy()
    {
        var a = GuideGrading.Assess(Figures(collected: 0, solved: 0, fedBack: 0), Rules);

        Assert.Equal(GuideGrade.Qualified, a.Grade);
        Assert.Contains(AssessmentTexts.NoProblemsCollected, a.Rule);
    }

    [Fact]
    public void NothingRequiredThisMonth_SaysSo_RatherThanFrequencyMet()
    {
        // Paired on the 29th: no full week or month of the pairing was in the month (found reading 本月考核 as a leader,
        // where every freshly imported guide read "频次达标" at 0 of 0).
        var a = GuideGrading.Assess(Figures(required: 0, met: 0, collected: 0, solved: 0, fedBack: 0), Rules);

        Assert.Equal(GuideGrade.Qualified, a.Grade);
        Assert.Equal("合格：本月结对未满一个完整的周或月，频次不作要求，但本月未收集到问题。", a.Rule);
        Assert.StartsWith("频次 不作要求；", AssessmentTexts.Figures(a.Figures), StringComparison.Ordinal);
    }

    [Fact]
    public void CollectedFedBackAndBasicallySolved_IsGood()
    {
        var a = GuideGrading.Assess(Figures(collected: 5, solved: 4, fedBack: 5, open: 1), Rules);

        Assert.Equal(GuideGrade.Good, a.Grade);
        Assert.Contains("解决率 80%", a.Rule);
    }

    [Fact]
    public void AllSolvedButOneBlockedByPolicy_AndNothingOpen_IsExcellent()
    {
        var a = GuideGrading.Assess(Figures(collected: 5, solved: 4, blocked: 1, fedBack: 5, rating: 4.5), Rules);

        Assert.Equal(GuideGrade.Excellent, a.Grade);
        Assert.Contains("政策或不可抗力原因 1 个", a.Rule);
    }

    [Fact]
    public void AllSolvedButTheEnterpriseStillHasAnOpenProblem_IsGoodNotExcellent()
    {
        Assert.Equal(GuideGrade.Good, GuideGrading.Assess(Figures(open: 1), Rules).Grade);
    }

    [Fact]
    public void ProblemsNotFedBackOrMostlyUnsolved_IsQualified_ListingBothReasons()
    {
        var a = GuideGrading.Assess(Figures(collected: 4, solved: 2, fedBack: 3, open: 2), Rules);

        Assert.Equal(GuideGrade.Qualified, a.Grade);
        Assert.Contains("1 个问题未向企业反馈", a.Rule);
        Assert.Contains("解决率 50%（良好需不低于 80%）", a.Rule);
    }

    [Fact]
    public void PoorEnterpriseRating_CapsTheGrade()
    {
        Assert.Equal(GuideGrade.Good, GuideGrading.Assess(Figures(rating: 3.5), Rules).Grade);
        Assert.Equal(GuideGrade.Qualified, GuideGrading.Assess(Figures(rating: 2.0), Rules).Grade);
    }

    [Fact]
    public void LeaderAdjustment_ChangesTheGrade_AndKeepsTheComputedOneAndTheReason()
    {
        var a = GuideGrading.Assess(Figures(met: 9), Rules) with { Adjustment = new GradeAdjustment(GuideGrade.Qualified, "李局长", "台风停航一周，无法走访") };

        Assert.Equal(GuideGrade.Qualified, a.Grade);
        Assert.Equal(GuideGrade.Unqualified, a.ComputedGrade);
        Assert.Contains("李局长 由“不合格”调整为“合格”，理由：台风停航一周，无法走访", a.Explanation);
    }

    [Fact]
    public void Ranking_GradeFirstThenRates_TiesShareARank()
    {
        var excellent = GuideGrading.Assess(Figures(name: "甲"), Rules);
        var goodA = GuideGrading.Assess(Figures(collected: 5, solved: 4, fedBack: 5, open: 1, name: "乙"), Rules);
        var goodB = GuideGrading.Assess(Figures(collected: 5, solved: 4, fedBack: 5, open: 1, name: "丙"), Rules);
        var unqualified = GuideGrading.Assess(Figures(met: 3, name: "丁"), Rules);

        var ranking = GuideRanking.Rank([unqualified, goodB, excellent, goodA]);

        Assert.Equal([1, 2, 2, 4], ranking.Select(r => r.Rank));
        Assert.Equal("甲", ranking[0].Assessment.Figures.GuideName);
        Assert.Equal("丁", ranking[3].Assessment.Figures.GuideName);
    }
}
