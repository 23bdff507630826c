using EnvBot.Knowledge.Policy;

namespace EnvBot.Knowledge.Tests.Policy;

[Collection(PolicyCollection.Name)]
public sealed class PolicyAnswerComposerTests(PolicyFixture fixture)
{
    private readonly PolicyAnswerComposer _composer = new();

    [Fact]
    public void Compose_ConfidentAnswer_QuotesLawAndArticleWithSourcesDisclaimerAndHandOverOffer()
    {
        var answer = _composer.Compose(fixture.Search.Search("排污许可证有效期内新增排污口，要不要重新申请排污许可证？", 5));
        Assert.False(answer.HandOver);
        Assert.NotEmpty(answer.Sources);
        Assert.Contains($"《{answer.Sources[0].LawTitle}》{answer.Sources[0].ArticleLabel}", answer.Text, StringComparison.Ordinal);
        Assert.Contains(PolicyReplies.SourcesHeading, answer.Text, StringComparison.Ordinal);
        Assert.Contains("以上内容仅供参考，不构成法律意见", answer.Text, StringComparison.Ordinal);
        Assert.Contains("转人工", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_LowConfidence_SaysSoAndHandsOver()
    {
        var answer = _composer.Compose(fixture.Search.Search("明天食堂中午吃什么菜", 5));
        Assert.True(answer.HandOver);
        Assert.Empty(answer.Sources);
        Assert.Contains(PolicyReplies.LowConfidence, answer.Text, StringComparison.Ordinal);
        Assert.Contains("转人工", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("帮我查一下我们的排污许可证编号是不是过期了")]
    [InlineData("我们的处罚决定书能不能撤销？")]
    [InlineData("我们公司上个月收到的处罚决定书罚款金额是不是太高了？")]
    public void Compose_QuestionAboutOwnCase_DoesNotGuessAndHandsOver(string question)
    {
        var answer = _composer.Compose(fixture.Search.Search(question, 5));
        Assert.True(answer.HandOver);
        Assert.Contains(PolicyReplies.CaseSpecific, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_RepealedLawForPastConduct_NotesTransitionRuleAndRepeal()
    {
        var answer = _composer.Compose(fixture.Search.Search("2025年我们厂废气超标被查了，当时的大气法怎么罚？", 5));
        Assert.Contains("第一千零五十七条", answer.Text, StringComparison.Ordinal);
    }
}
