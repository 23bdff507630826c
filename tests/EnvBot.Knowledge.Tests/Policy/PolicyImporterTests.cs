using EnvBot.Knowledge.Policy;
using Microsoft.Extensions.Time.Testing;

namespace EnvBot.Knowledge.Tests.Policy;

public sealed class PolicyImporterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "envbot-policy-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

    private const string Revised = """
        # 排污许可管理条例

        - 标题：排污许可管理条例
        - 类别：行政法规
        - 效力状态：现行有效
        - 施行日期：2026年12月1日

        ---

        ## 第一章　总则

        第一条　为了加强排污许可管理，制定本条例。

        第二条　排污许可证有效期为五年，届满需要继续排放污染物的，应当于届满九十日前申请延续。
        """;

    [Fact]
    public void Import_RevisionOfShippedRegulation_BecomesCurrentAndKeepsOldVersion()
    {
        var result = new PolicyImporter(_folder, _time).Import("reg-pollutant-discharge-permit.md", Revised);
        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("内置", result.Superseded!.Version);
        Assert.Single(Directory.GetFiles(_folder));

        var corpus = PolicyCorpus.Load(_folder);
        var versions = corpus.Versions("排污许可管理条例").ToList();
        Assert.Equal(2, versions.Count);
        Assert.Equal(2, corpus.Current("排污许可管理条例")!.Articles.Count);
        Assert.Equal(PolicyValidity.Superseded, versions[1].Validity);
        Assert.Equal(new DateOnly(2026, 11, 25), versions[1].RepealedOn);

        var search = new PolicySearch(corpus, _time);
        Assert.Contains("九十日", search.Lookup("排污许可管理条例", 2)!.Text, StringComparison.Ordinal);
        Assert.Contains("有效期为5年", search.Lookup("排污许可管理条例", 14, "内置")!.Text, StringComparison.Ordinal);
        var top = search.Search("排污许可证到期要提前多少天申请延续？", 5).Hits[0];
        Assert.Equal(PolicyValidity.Current, top.Validity);
        Assert.Contains("九十日", top.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SecondRevision_KeepsEveryVersion()
    {
        var importer = new PolicyImporter(_folder, _time);
        Assert.True(importer.Import("reg-pollutant-discharge-permit.md", Revised).Succeeded);
        _time.Advance(TimeSpan.FromDays(1));
        var second = importer.Import("reg-pollutant-discharge-permit.md", Revised.Replace("九十日", "一百二十日", StringComparison.Ordinal));
        Assert.True(second.Succeeded);
        Assert.NotEqual("内置", second.Superseded!.Version);
        Assert.Equal(3, PolicyCorpus.Load(_folder).Versions("排污许可管理条例").Count());
    }

    [Theory]
    [InlineData("没有分隔线的文本")]
    [InlineData("# 某办法\n\n- 标题：某办法\n\n---\n\n没有条文。")]
    public void Import_UnreadableOrNoArticles_IsRefusedAndWritesNothing(string markdown)
    {
        var result = new PolicyImporter(_folder, _time).Import("x.md", markdown);
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(_folder) && Directory.EnumerateFiles(_folder).Any());
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
