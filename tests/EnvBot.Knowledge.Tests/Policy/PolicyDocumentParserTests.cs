using EnvBot.Knowledge.Policy;

namespace EnvBot.Knowledge.Tests.Policy;

[Collection(PolicyCollection.Name)]
public sealed class PolicyDocumentParserTests(PolicyFixture fixture)
{
    [Fact]
    public void Parse_EveryShippedFile_ArticleCountMatchesIndexJson()
    {
        var index = PolicyCorpus.BuiltInIndex();
        Assert.Equal(54, index.Count);
        foreach (var entry in index)
        {
            var document = fixture.Corpus.Documents.Single(d => d.File == entry.File);
            Assert.True(entry.ArticleCount == document.Articles.Count, $"{entry.File}: index.json {entry.ArticleCount}, parsed {document.Articles.Count}");
            Assert.Equal(Enumerable.Range(1, document.Articles.Count), document.Articles.Select(a => a.Number));
            Assert.Equal(entry.Title, document.Title);
        }
    }

    [Fact]
    public void Parse_RealFiles_ReadsHeaderStatusAndChapterPath()
    {
        var code = fixture.Corpus.Documents.Single(d => d.File == "law-ecological-environment-code.md");
        Assert.Equal(PolicyValidity.Current, code.Validity);
        Assert.Equal("法律", code.Category);
        var article = code.Article(1057)!;
        Assert.Equal("第一千零五十七条", article.Label);
        Assert.StartsWith("第五编", article.Chapter, StringComparison.Ordinal);
        Assert.Contains("违法行为发生时", article.Text, StringComparison.Ordinal);

        var air = fixture.Corpus.Documents.Single(d => d.File == "law-air-pollution-prevention.md");
        Assert.Equal(PolicyValidity.Repealed, air.Validity);
        Assert.Equal(new DateOnly(2026, 8, 15), air.RepealedOn);
        Assert.Equal(PolicyValidity.Superseded, fixture.Corpus.Documents.Single(d => d.File == "zj-solid-waste-pollution-prevention-2017.md").Validity);
        Assert.Equal(PolicyValidity.Current, fixture.Corpus.Documents.Single(d => d.File == "reg-hazardous-chemicals-safety.md").Validity);
    }

    [Fact]
    public void Parse_CatalogueWithTable_TableRowsAreNotArticleText()
    {
        var catalogue = fixture.Corpus.Documents.Single(d => d.File == "rule-eia-classification-catalogue-2021.md");
        Assert.Equal(7, catalogue.Articles.Count);
        Assert.DoesNotContain("【1】", catalogue.Articles[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoSeparator_Throws() =>
        Assert.Throws<FormatException>(() => PolicyDocumentParser.Parse("x.md", "# 标题\n第一条　内容"));
}
