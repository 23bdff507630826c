using EnvBot.Knowledge.Routing;
using EnvBot.Knowledge.Routing.Evaluation;
using Xunit.Abstractions;

namespace EnvBot.Knowledge.Tests.Routing;

/// <summary>
/// The router against labelled questions it was not trained on: the public dev set (data/routing/dev.jsonl) and the
/// held-out set written in another style. The figures go to the test output so CI shows them.
/// </summary>
public class RoutingEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Evaluate_DevSet_AtLeast95PercentDepartmentAndOutOfScope()
    {
        var report = await EvaluateAsync(RoutingTestData.DevSetPath);

        Assert.Equal(120, report.Department.Total);
        Assert.True(report.Department.Value >= 0.95, $"department accuracy {report.Department}");
        Assert.True(report.OutOfScope.Value >= 0.95, $"out-of-scope accuracy {report.OutOfScope}");
    }

    /// <summary>
    /// heldout.jsonl and heldout-2.jsonl were written by the team; heldout-3.jsonl (40) was written blind, by someone who
    /// had read DOMAIN.md and the seeds but not the routing table or the code. Measured before any change for it:
    /// department 0.925, out-of-scope 0.950 (a marine-project EIA named in the background lost to the EIA rules; two
    /// complaints — "投诉了几次都没人管", "能不能让他们赔" — not recognised). The general fixes (an exception overrides the
    /// rules it was written against; those complaint phrasings) bring it to 1.000 / 1.000, so it is no longer held out.
    /// heldout-4.jsonl (40, 12 hard) was then written blind the same way and not tuned on: 0.950 / 0.975 (a complaint
    /// phrased "这个事情怎么反映，你们管不管" and a permit renewal whose second ask, the monitoring plan, won).
    /// </summary>
    [Theory]
    [InlineData("heldout.jsonl")]
    [InlineData("heldout-2.jsonl")]
    [InlineData("heldout-3.jsonl")]
    [InlineData("heldout-4.jsonl")]
    public async Task Evaluate_HeldOutSet_AtLeast95PercentDepartmentAndOutOfScope(string file)
    {
        var report = await EvaluateAsync(Path.Combine(AppContext.BaseDirectory, "Routing", file));

        Assert.True(report.Department.Value >= 0.95, $"department accuracy {report.Department}");
        Assert.True(report.OutOfScope.Value >= 0.95, $"out-of-scope accuracy {report.OutOfScope}");
    }

    [Fact]
    public async Task Evaluate_QuestionsWithoutLabels_PredictionsAndNoAccuracy()
    {
        var questions = LabelledQuestion.ReadJsonLines("""{"id": "x1", "text": "危废仓库怎么建"}""");

        var report = await RoutingEvaluator.RunAsync(RoutingTestData.Router, questions, CancellationToken.None);

        Assert.Equal("土壤处", Assert.Single(report.Items).Decision.Department);
        Assert.False(report.HasLabels);
        Assert.Contains("accuracy department: n/a", report.SummaryLines());
    }

    [Fact]
    public async Task Evaluate_LabelsChanged_PredictionsUnchanged()
    {
        // Predictions must not read the labels: flipping every label changes the scores, never the decisions.
        var questions = LabelledQuestion.ReadJsonLines(await File.ReadAllTextAsync(RoutingTestData.DevSetPath)).Take(15).ToList();
        var flipped = questions.Select(q => q with { Department = "办公室", OutOfScope = !q.OutOfScope, Why = "", Difficulty = "easy" }).ToList();

        var a = await RoutingEvaluator.RunAsync(RoutingTestData.Router, questions, CancellationToken.None);
        var b = await RoutingEvaluator.RunAsync(RoutingTestData.Router, flipped, CancellationToken.None);

        Assert.Equal(
            a.Items.Select(i => (i.Decision.Department, i.Decision.OutOfScope, i.Decision.Confidence, i.Decision.Why)),
            b.Items.Select(i => (i.Decision.Department, i.Decision.OutOfScope, i.Decision.Confidence, i.Decision.Why)));
    }

    private async Task<RoutingEvalReport> EvaluateAsync(string path)
    {
        var questions = LabelledQuestion.ReadJsonLines(await File.ReadAllTextAsync(path));
        var report = await RoutingEvaluator.RunAsync(RoutingTestData.Router, questions, CancellationToken.None);
        output.WriteLine($"{Path.GetFileName(path)} ({questions.Count} questions, LLM off)");
        foreach (var line in report.SummaryLines())
        {
            output.WriteLine(line);
        }
        foreach (var miss in report.Items.Where(i => i.DepartmentCorrect == false || i.OutOfScopeCorrect == false))
        {
            output.WriteLine($"miss {miss.Question.Id}: expected {miss.Question.Department}, got {miss.Decision.Department} — {miss.Decision.Why}");
        }
        return report;
    }
}
