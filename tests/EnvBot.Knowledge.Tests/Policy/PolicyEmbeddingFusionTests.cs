using EnvBot.Knowledge.Policy;
using EnvBot.Knowledge.Policy.Embeddings;
using EnvBot.Knowledge.Routing.Llm;
using EnvBot.Knowledge.Tests.Routing;
using Xunit.Abstractions;

namespace EnvBot.Knowledge.Tests.Policy;

/// <summary>
/// Issue 6: with an embedding model configured, article vectors (computed once) are fused with BM25 by reciprocal rank;
/// without it, or when the server fails, the search is BM25 alone. Real HTTP against the local fake OpenAI server.
/// </summary>
[Collection(PolicyCollection.Name)]
public sealed class PolicyEmbeddingFusionTests(PolicyFixture fixture, ITestOutputHelper output)
{
    private PolicySearch SearchWith(string endpoint, double queryTimeoutSeconds = 3) =>
        new(fixture.Corpus, fixture.Time, new PolicyEmbeddings(
            new SemanticKernelPolicyEmbeddingGenerator(new LlmOptions
            {
                Enabled = true,
                Endpoint = endpoint,
                ApiKey = "test-key",
                EmbeddingModel = "fake-embedding",
            }),
            TimeSpan.FromSeconds(queryTimeoutSeconds),
            TimeSpan.FromSeconds(120),
            fixture.Time));

    private static int RankOf(PolicySearchResult result, string file, int article) =>
        result.Hits.ToList().FindIndex(h => h.File == file && h.ArticleNumber == article) + 1;

    /// <summary>The best rank (1-based, 0 = absent) of any of the space-separated "file:article" gold citations.</summary>
    private static int BestRank(PolicySearchResult result, string gold) =>
        gold.Split(' ').Select(g => g.Split(':')).Select(g => RankOf(result, g[0], int.Parse(g[1], System.Globalization.CultureInfo.InvariantCulture)))
            .Where(r => r > 0).DefaultIfEmpty(0).Min();

    private static (string File, int Article)[] Hits(PolicySearchResult result) => [.. result.Hits.Select(h => (h.File, h.ArticleNumber))];

    [Theory]
    // Dev questions where BM25 has the gold article at rank 3 and 4; the fake server's bag-of-characters vectors (the
    // question shares most of its characters with the article) lift it to the top through rank fusion.
    [InlineData("我们厂污染物很少，分局的人说不用办排污证，在网上\"登个记\"就行。这个登记有效期多久？信息变了多少天内要去改？", "law-ecological-environment-code.md:186 reg-pollutant-discharge-permit.md:24")]
    [InlineData("码头上的叉车、装载机这些，要不要去环保部门登记、挂牌子？不弄会罚吗？", "zj-air-pollution-prevention.md:38 zj-air-pollution-prevention.md:61")]
    public async Task Search_WithEmbeddings_FusionMovesTheRelevantArticleUp(string question, string gold)
    {
        await using var server = await FakeChatCompletionServer.StartAsync();
        var search = SearchWith(server.BaseUrl + "/v1");
        Assert.True(await search.WarmEmbeddingsAsync(CancellationToken.None));
        var corpusRequests = server.Requests.Count;

        var lexical = BestRank(fixture.Search.Search(question, 10), gold);
        var fused = BestRank(await search.SearchAsync(question, 10, CancellationToken.None), gold);

        output.WriteLine($"BM25 rank {lexical}, fused rank {fused}");
        Assert.True(lexical > 1, $"BM25 rank {lexical}");
        Assert.Equal(1, fused);
        // The corpus was embedded once, at warm-up; a question costs one embedding request, and a second warm-up none.
        Assert.True(corpusRequests > 1);
        Assert.Equal(corpusRequests + 1, server.Requests.Count);
        Assert.True(await search.WarmEmbeddingsAsync(CancellationToken.None));
        Assert.Equal(corpusRequests + 1, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("/v1/embeddings", r.Path));
    }

    [Fact]
    public async Task Search_EmbeddingServerDown_SameResultAsBm25()
    {
        const string Question = "企业突发环境事件应急预按编好以后要报给谁备案？";
        var expected = Hits(fixture.Search.Search(Question, 10));

        // Never reachable: the warm-up reports failure and every search is BM25 alone.
        var server = await FakeChatCompletionServer.StartAsync();
        var url = server.BaseUrl + "/v1";
        await server.DisposeAsync();
        var never = SearchWith(url);
        Assert.False(await never.WarmEmbeddingsAsync(CancellationToken.None));
        Assert.Equal(expected, Hits(await never.SearchAsync(Question, 10, CancellationToken.None)));

        // Up at warm-up, down (here: slower than the query timeout) when the question comes: BM25 alone.
        await using var slow = await FakeChatCompletionServer.StartAsync();
        var later = SearchWith(slow.BaseUrl + "/v1", queryTimeoutSeconds: 0.5);
        Assert.True(await later.WarmEmbeddingsAsync(CancellationToken.None));
        slow.Delay = TimeSpan.FromSeconds(5);
        Assert.Equal(expected, Hits(await later.SearchAsync(Question, 10, CancellationToken.None)));
    }

    [Fact]
    public void Fuse_ReciprocalRank_AgreementWinsAndTiesKeepLexicalOrder()
    {
        // 7 is second in both lists (1/62 + 1/62) and beats 1 and 9, each first in one list only (1/61).
        Assert.Equal([7, 1, 9, 3], PolicySearch.Fuse([1, 7, 3], [9, 7]));
        Assert.Equal([1, 2], PolicySearch.Fuse([1, 2], []));
    }
}
