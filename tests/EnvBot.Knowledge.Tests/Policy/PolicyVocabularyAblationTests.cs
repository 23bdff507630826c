using EnvBot.Knowledge.Policy;

namespace EnvBot.Knowledge.Tests.Policy;

/// <summary>
/// Issue 6, the maintainer's tool behind <c>eval policy-vocabulary</c>: each chat → statute line is weighed by taking it
/// out and ranking the questions it touches again.
/// </summary>
[Collection(PolicyCollection.Name)]
public sealed class PolicyVocabularyAblationTests(PolicyFixture fixture)
{
    [Fact]
    public void WithoutTheVocabulary_TheSameIndexReadsTheQuestionBare_AndTheOriginalIsUntouched()
    {
        const string question = "危废仓库要怎么贴标签";
        var bare = fixture.Search.WithExpansions([]);

        Assert.DoesNotContain("危险废物", bare.Analyze(question).ExpandedText, StringComparison.Ordinal);
        Assert.Contains("危险废物", fixture.Search.Analyze(question).ExpandedText, StringComparison.Ordinal);
        Assert.Equal(fixture.Search.ArticleCount, bare.ArticleCount);
    }

    [Fact]
    public void EachReportedEffect_IsWhatEvaluatingWithoutThatLineGives()
    {
        var dev = File.ReadAllLines(PolicyFixture.SharedData("policy-qa/dev.jsonl"));
        var result = PolicyVocabularyAblation.Run(fixture.Search, [("dev", dev)]);
        var baseline = PolicyEvaluator.Evaluate(fixture.Search, dev);

        Assert.Equal(baseline.Questions, result.Questions);
        Assert.Equal((int)Math.Round(baseline.RecallAt1 * baseline.Questions), result.HitsAt1);
        Assert.Equal((int)Math.Round(baseline.RecallAt5 * baseline.Questions), result.HitsAt5);
        // Take the line that matters most and check its figures against a full evaluation without it.
        var effect = result.Effects.OrderByDescending(e => Math.Abs(e.DeltaAt1) + Math.Abs(e.DeltaAt5)).First();
        Assert.True(effect.DeltaAt1 != 0 || effect.DeltaAt5 != 0);
        var lexicon = PolicyLexicon.Expansions;
        var without = fixture.Search.WithExpansions([.. lexicon.Where(l => l != (effect.Phrase, effect.Expansion))]);
        var report = PolicyEvaluator.Evaluate(without, dev);
        Assert.Equal(result.HitsAt1 + effect.DeltaAt1, (int)Math.Round(report.RecallAt1 * report.Questions));
        Assert.Equal(result.HitsAt5 + effect.DeltaAt5, (int)Math.Round(report.RecallAt5 * report.Questions));
    }
}
