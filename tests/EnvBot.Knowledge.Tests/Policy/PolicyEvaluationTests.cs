using System.Globalization;
using EnvBot.Knowledge.Policy;
using Xunit.Abstractions;

namespace EnvBot.Knowledge.Tests.Policy;

[Collection(PolicyCollection.Name)]
public sealed class PolicyEvaluationTests(PolicyFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Evaluate_DevSet_MeetsRecallTargets()
    {
        var report = Run(PolicyFixture.SharedData("policy-qa/dev.jsonl"));
        Assert.Equal(80, report.Questions);
        Assert.True(report.RecallAt5 >= 0.93, $"recall@5 {report.RecallAt5:F3}");
        // Issue 6: recall@1 ≥ 0.70 (0.725, recall@5 0.950 with the vocabulary data and the intent factors in PolicySearch).
        Assert.True(report.RecallAt1 >= 0.70, $"recall@1 {report.RecallAt1:F3}");
    }

    [Fact]
    public void Evaluate_HeldOutSet_ReportsFigures()
    {
        // Our own 30 questions (tests/…/Policy/heldout.jsonl), phrased differently from the dev set; a generalisation check.
        var report = Run(Path.Combine(AppContext.BaseDirectory, "Policy", "heldout.jsonl"));
        Assert.Equal(30, report.Questions);
        // 0.600 / 0.933 before the vocabulary data and intent factors, 0.833 / 1.000 after; floors a margin below.
        Assert.True(report.RecallAt1 >= 0.76, $"recall@1 {report.RecallAt1:F3}");
        Assert.True(report.RecallAt5 >= 0.96, $"recall@5 {report.RecallAt5:F3}");
    }

    [Fact]
    public void Evaluate_HeldOutSet2_ReportsFigures()
    {
        // 46 questions written before any tuning against it (tests/…/Policy/heldout-2.jsonl); at writing BM25 had
        // recall@1 0.478 and recall@5 0.804, 0.761 / 0.978 after the vocabulary data and intent factors. The floors
        // guard that gain with a margin of about two questions.
        var report = Run(Path.Combine(AppContext.BaseDirectory, "Policy", "heldout-2.jsonl"));
        Assert.Equal(46, report.Questions);
        Assert.True(report.RecallAt1 >= 0.71, $"recall@1 {report.RecallAt1:F3}");
        Assert.True(report.RecallAt5 >= 0.93, $"recall@5 {report.RecallAt5:F3}");
    }

    [Fact]
    public void Evaluate_HeldOutSet3_ReportsFigures()
    {
        // 27 very short questions with typos and English abbreviations (VOCs, EIA, COD), gold read from the articles
        // and committed before tuning: 0.444 / 0.704 then, 0.667 / 0.926 after. Floors a margin below.
        var report = Run(Path.Combine(AppContext.BaseDirectory, "Policy", "heldout-3.jsonl"));
        Assert.Equal(27, report.Questions);
        Assert.True(report.RecallAt1 >= 0.62, $"recall@1 {report.RecallAt1:F3}");
        Assert.True(report.RecallAt5 >= 0.88, $"recall@5 {report.RecallAt5:F3}");
    }

    [Fact]
    public void Evaluate_HeldOutSet4_WrittenBlind_ReportsFigures()
    {
        // 30 questions written blind: by someone who read DOMAIN.md, the issue and the corpus but not the search code,
        // its vocabulary or the other sets; gold checked against the articles. Measured before it was looked at:
        // recall@1 0.633, recall@5 0.833, MRR 0.696. Its misses (with set 5's) then led to more chat → statute
        // vocabulary (拆掉, 汽修, 海滩, 个体户, 断水断电 …): tuned on since, 0.633 / 0.900.
        var report = Run(Path.Combine(AppContext.BaseDirectory, "Policy", "heldout-4.jsonl"));
        Assert.Equal(30, report.Questions);
        Assert.True(report.RecallAt1 >= 0.63, $"recall@1 {report.RecallAt1:F3}");
        Assert.True(report.RecallAt5 >= 0.90, $"recall@5 {report.RecallAt5:F3}");
    }

    [Fact]
    public void Evaluate_HeldOutSet5_WrittenBlind_ReportsFigures()
    {
        // 30 questions written blind the same way (many penalty and multi-article questions, local regulations, the
        // medical-waste and dumping rules). Measured before it was looked at: recall@1 0.567, recall@5 0.733, MRR 0.649.
        // Then tuned on by general means only (vocabulary lines; "按舟山的规定"/"浙江省的规定" name the city's or the
        // province's regulations): 0.733 / 0.867.
        var report = Run(Path.Combine(AppContext.BaseDirectory, "Policy", "heldout-5.jsonl"));
        Assert.Equal(30, report.Questions);
        Assert.True(report.RecallAt1 >= 0.73, $"recall@1 {report.RecallAt1:F3}");
        Assert.True(report.RecallAt5 >= 0.86, $"recall@5 {report.RecallAt5:F3}");
    }

    [Fact]
    public void Evaluate_HeldOutSet6_WrittenBlind_NotTunedOn_ReportsFigures()
    {
        // 30 questions written blind after the set-5 changes, topics spread like the dev set's. Measured before it was
        // looked at: recall@1 0.500, recall@5 0.633, MRR 0.555 — the honest figure of lexical retrieval on questions
        // nobody tuned for, well below the 0.70 / 0.90. Its misses need meaning, not words (数据打架 → 监测数据
        // 不一致, 批复里写的没做到 → 审批意见 落实, 炸礁 → 爆破): kept untuned as the measure of that gap.
        var report = Run(Path.Combine(AppContext.BaseDirectory, "Policy", "heldout-6.jsonl"));
        Assert.Equal(30, report.Questions);
        Assert.True(report.RecallAt1 >= 0.50, $"recall@1 {report.RecallAt1:F3}");
        Assert.True(report.RecallAt5 >= 0.63, $"recall@5 {report.RecallAt5:F3}");
    }

    [Fact]
    public void Evaluate_HeldOutSet7_WrittenBlind_NotTunedOn_ReportsFigures()
    {
        // 40 questions (14 easy, 16 medium, 10 hard) written blind after the date intent and the last vocabulary lines,
        // kept untuned. Measured: recall@1 0.525, recall@5 0.875, MRR 0.670 — below the 0.70 / 0.90.
        var report = Run(Path.Combine(AppContext.BaseDirectory, "Policy", "heldout-7.jsonl"));
        Assert.Equal(40, report.Questions);
        Assert.True(report.RecallAt1 >= 0.52, $"recall@1 {report.RecallAt1:F3}");
        Assert.True(report.RecallAt5 >= 0.87, $"recall@5 {report.RecallAt5:F3}");
    }

    private PolicyEvaluationReport Run(string path)
    {
        var report = PolicyEvaluator.Evaluate(fixture.Search, File.ReadLines(path));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}: n={report.Questions} recall@1={report.RecallAt1:F3} recall@5={report.RecallAt5:F3} MRR@10={report.Mrr:F3}"));
        foreach (var miss in report.Misses)
        {
            output.WriteLine("  miss " + miss);
        }
        return report;
    }
}
