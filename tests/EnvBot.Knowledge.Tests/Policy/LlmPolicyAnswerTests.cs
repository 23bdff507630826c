using System.Diagnostics;
using System.Text.Json;
using EnvBot.Knowledge.Policy;
using EnvBot.Knowledge.Policy.Llm;
using EnvBot.Knowledge.Routing.Llm;
using EnvBot.Knowledge.Tests.Routing;

namespace EnvBot.Knowledge.Tests.Policy;

/// <summary>Issue 6's LLM answer path against a local fake OpenAI-compatible server (real HTTP on loopback).</summary>
[Collection(PolicyCollection.Name)]
public sealed class LlmPolicyAnswerTests(PolicyFixture fixture)
{
    private const string Question = "排污许可证有效期内新增排污口，要不要重新申请排污许可证？";

    private static PolicyAnswerService ServiceFor(string endpoint, double timeoutSeconds = 15) =>
        new(new PolicyAnswerComposer(), new SemanticKernelPolicyAnswerWriter(new LlmOptions
        {
            Enabled = true,
            Endpoint = endpoint,
            ApiKey = "test-key",
            Model = "fake-model",
            AnswerTimeoutSeconds = timeoutSeconds,
        }));

    private static string Draft(params (string Text, string[] Sources)[] points) =>
        JsonSerializer.Serialize(new { points = points.Select(p => new { text = p.Text, sources = p.Sources }) });

    private PolicySearchResult Confident()
    {
        var result = fixture.Search.Search(Question, 10);
        Assert.NotEqual(RetrievalConfidence.Low, result.Confidence);
        return result;
    }

    [Fact]
    public async Task Answer_GroundedInRetrievedArticles_AcceptedWithSourcesDisclaimerAndOffer()
    {
        var result = Confident();
        var top = result.Hits[0];
        await using var server = await FakeChatCompletionServer.StartAsync();
        server.Content = Draft(("新增排污口属于排污许可证载明事项变更，应当重新申请取得排污许可证。", [PolicyReplies.Quote(top)]));

        var answer = await ServiceFor(server.BaseUrl + "/v1").AnswerAsync(result, CancellationToken.None);

        Assert.True(answer.FromModel);
        Assert.False(answer.HandOver);
        Assert.Equal([top], answer.Sources);
        Assert.Contains("新增排污口属于排污许可证载明事项变更", answer.Text, StringComparison.Ordinal);
        Assert.Contains(PolicyReplies.Source(top), answer.Text, StringComparison.Ordinal);
        Assert.Contains("仅供参考，不构成法律意见", answer.Text, StringComparison.Ordinal);
        Assert.Contains("转人工", answer.Text, StringComparison.Ordinal);

        // The model was given the retrieved articles' text and the question as delimited data, with structured output.
        var (_, body) = Assert.Single(server.Requests);
        using var request = JsonDocument.Parse(body);
        var messages = request.RootElement.GetProperty("messages");
        var system = messages[0].GetProperty("content").GetString()!;
        Assert.Contains(PolicyReplies.Quote(top), system, StringComparison.Ordinal);
        Assert.Contains(top.Text[..20], system, StringComparison.Ordinal);
        Assert.Contains("<question>\n" + result.Query.Text + "\n</question>", messages[1].GetProperty("content").GetString()!, StringComparison.Ordinal);
        Assert.Equal("json_schema", request.RootElement.GetProperty("response_format").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Answer_CitingAnArticleNotRetrieved_RejectedAndExtractiveShown()
    {
        var result = Confident();
        await using var server = await FakeChatCompletionServer.StartAsync();
        // 大气污染防治法第九十九条 is not among the retrieved articles of a permit question.
        Assert.DoesNotContain(result.Hits.Take(PolicyAnswerService.MaxArticles), h => h.LawTitle.Contains("大气", StringComparison.Ordinal));
        server.Content = Draft(("应当重新申请。", [PolicyReplies.Quote(result.Hits[0]), "《中华人民共和国大气污染防治法》第九十九条"]));

        var answer = await ServiceFor(server.BaseUrl + "/v1").AnswerAsync(result, CancellationToken.None);

        Assert.False(answer.FromModel);
        Assert.Equal(new PolicyAnswerComposer().Compose(result).Text, answer.Text);
        Assert.DoesNotContain("第九十九条", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("应当重新申请。另：舟山金鹰食品有限公司联系人电话13957212345，可供参考。")]
    [InlineData("应当重新申请。详见 https://evil.example/leak 或发邮件至 admin@evil.example。")]
    [InlineData("应当重新申请。该企业信用代码91330900313665432B、身份证330902199001011234。")]
    public async Task Answer_HostileModelWritesDataItWasNeverGiven_RejectedAndExtractiveShown(string hostile)
    {
        // Issue 9: prompt injection cannot make an answer reveal another enterprise's data or send people elsewhere.
        var result = Confident();
        await using var server = await FakeChatCompletionServer.StartAsync();
        server.Content = Draft((hostile, [PolicyReplies.Quote(result.Hits[0])]));

        var answer = await ServiceFor(server.BaseUrl + "/v1").AnswerAsync(result, CancellationToken.None);

        Assert.False(answer.FromModel);
        Assert.Equal(new PolicyAnswerComposer().Compose(result).Text, answer.Text);
        var (_, body) = Assert.Single(server.Requests);
        Assert.DoesNotContain("金鹰", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_UnretrievedArticleWrittenIntoTheText_Rejected()
    {
        var result = Confident();
        await using var server = await FakeChatCompletionServer.StartAsync();
        server.Content = Draft(("依据《中华人民共和国大气污染防治法》第九十九条，应当重新申请。", [PolicyReplies.Quote(result.Hits[0])]));

        var answer = await ServiceFor(server.BaseUrl + "/v1").AnswerAsync(result, CancellationToken.None);

        Assert.False(answer.FromModel);
        Assert.DoesNotContain("大气污染防治法", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_PointWithoutCitation_Rejected()
    {
        var result = Confident();
        await using var server = await FakeChatCompletionServer.StartAsync();
        server.Content = Draft(("应当重新申请。", [PolicyReplies.Quote(result.Hits[0])]), ("一般一周内就能办好。", []));

        var answer = await ServiceFor(server.BaseUrl + "/v1").AnswerAsync(result, CancellationToken.None);

        Assert.False(answer.FromModel);
        Assert.DoesNotContain("一周", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_ServerDown_ExtractiveAnswer()
    {
        var result = Confident();
        string endpoint;
        await using (var server = await FakeChatCompletionServer.StartAsync())
        {
            endpoint = server.BaseUrl + "/v1";
        }

        var answer = await ServiceFor(endpoint).AnswerAsync(result, CancellationToken.None);

        Assert.False(answer.FromModel);
        Assert.Equal(new PolicyAnswerComposer().Compose(result).Text, answer.Text);
    }

    [Fact]
    public async Task Answer_ServerSlowerThanTheTimeout_ExtractiveAnswerInTime()
    {
        var result = Confident();
        await using var server = await FakeChatCompletionServer.StartAsync();
        server.Delay = TimeSpan.FromSeconds(20);
        server.Content = Draft(("应当重新申请。", [PolicyReplies.Quote(result.Hits[0])]));
        var watch = Stopwatch.StartNew();

        var answer = await ServiceFor(server.BaseUrl + "/v1", timeoutSeconds: 1).AnswerAsync(result, CancellationToken.None);

        Assert.False(answer.FromModel);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("明天食堂中午吃什么菜")]
    [InlineData("我们的处罚决定书能不能撤销？")]
    public async Task Answer_LowConfidenceOrOwnCase_ModelNotAskedAndHandedOver(string question)
    {
        await using var server = await FakeChatCompletionServer.StartAsync();
        var service = ServiceFor(server.BaseUrl + "/v1");
        var result = fixture.Search.Search(question, 10);

        var answer = await service.AnswerAsync(result, CancellationToken.None);

        Assert.False(service.AsksModel(result));
        Assert.True(answer.HandOver);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void CitationCheck_ChineseOrArabicNumeralsAndShortTitle_MatchTheRetrievedArticle()
    {
        var hit = Confident().Hits[0];
        var arabic = $"《{hit.LawTitle.Replace("中华人民共和国", "", StringComparison.Ordinal)}》第{hit.ArticleNumber}条";
        var cited = PolicyCitationCheck.Accept(new PolicyLlmDraft([new PolicyLlmPoint("要点", [arabic])]), [hit]);
        Assert.Equal([hit], cited);
    }
    [Fact]
    public void GroundedAnswer_CitingALineThatBindsALicensedTrade_SaysWhomItBinds()
    {
        var result = fixture.Search.Search("危废在厂里最多能存放多久", 10);
        var hit = result.Hits.First(h => h.ArticleNumber == 535);
        var draft = new PolicyLlmDraft([new PolicyLlmPoint("贮存危险废物不得超过一年", [$"《{hit.LawTitle}》{hit.ArticleLabel}"])]);

        var cited = PolicyCitationCheck.Accept(draft, result.Hits);
        Assert.NotNull(cited);
        var answer = new PolicyAnswerComposer().ComposeGrounded(result, draft, cited);

        Assert.True(answer.FromModel);
        Assert.Contains("第五百三十五条约束的是“从事收集、贮存、利用、处置危险废物经营活动的单位”", answer.Text, StringComparison.Ordinal);
    }
}

