namespace EnvBot.Knowledge.Tests.Routing;

public class ChineseSegmenterTests
{
    [Fact]
    public void Segment_AtRunTime_JiebaLoadsItsDictionaryFromTheOutputFolder()
    {
        Assert.True(File.Exists(Path.Combine(EnvBot.Knowledge.Text.JiebaResources.Folder, "dict.txt")));

        var tokens = RoutingTestData.Router.Segment("我们是印染厂，想问一下废水处理工艺");

        Assert.Contains("印染厂", tokens);
        Assert.Contains("想", tokens);
        Assert.True(tokens.Count >= 5, string.Join("/", tokens));
    }

    [Theory]
    [InlineData("危费仓库怎么建", "危废")]
    [InlineData("排污许可执行报告怎么填", "执行报告")]
    [InlineData("三同时验收要多久", "三同时")]
    [InlineData("自行监测方案怎么写", "自行监测")]
    [InlineData("voc在线监侧要不要装", "在线监测")]
    public void Segment_DomainWord_KeptWholeAfterNormalisation(string text, string word) =>
        Assert.Contains(word, RoutingTestData.Router.Segment(text));
}
