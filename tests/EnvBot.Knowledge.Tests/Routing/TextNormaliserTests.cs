using EnvBot.Knowledge.Routing;

namespace EnvBot.Knowledge.Tests.Routing;

public class TextNormaliserTests
{
    private static readonly TextNormaliser Normaliser = new(RoutingTable.LoadDefault().Normalisations);

    [Theory]
    [InlineData("要不要另外做环平", "要不要另外做环评")]
    [InlineData("这种算不算危费", "这种算不算危废")]
    [InlineData("装了COD在线监侧", "装了COD在线监测")]
    [InlineData("排污正要不要变更", "排污证要不要变更")]
    [InlineData("低voc油墨", "低VOCs油墨")]
    [InlineData("Vocs总量", "VOCs总量")]
    [InlineData("ｎｏｘ排放", "NOx排放")]
    [InlineData("危险废物经营许可证", "危废经营许可证")]
    [InlineData("cod和氨氮", "COD和氨氮")]
    public void Normalise_TypoOrAbbreviation_Canonical(string input, string expected) =>
        Assert.Equal(expected, Normaliser.Normalise(input));

    [Theory]
    [InlineData("要不要另外做环平？", "环评处")]
    [InlineData("这些废漆渣算不算危费？危废代码怎么填", "土壤处")]
    [InlineData("公司法人换了，排污正要不要变更", "环评处")]
    public void Route_TypoInQuestion_RoutedAsIfSpelledRight(string question, string department) =>
        Assert.Equal(department, RoutingTestData.Router.Route(question).Department);
}
