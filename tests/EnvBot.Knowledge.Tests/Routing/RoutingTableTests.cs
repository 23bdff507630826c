using EnvBot.Knowledge.Routing;

namespace EnvBot.Knowledge.Tests.Routing;

public class RoutingTableTests
{
    [Fact]
    public void LoadDefault_EmbeddedTable_VersionedWithTheEightLabels()
    {
        var table = RoutingTable.LoadDefault();

        Assert.False(string.IsNullOrWhiteSpace(table.Version));
        Assert.Equal(["水处", "大气处", "土壤处", "综合处", "科监处", "环评处", "办公室", "其他"], table.Departments);
        Assert.Equal("综合处", table.FallbackDepartment);
        Assert.Contains(table.OutOfScope, r => r.Kind == "信访");
        Assert.Contains(table.OutOfScope, r => r.Kind == "投诉举报");
    }

    [Fact]
    public void ToJson_RoundTrip_SameTable()
    {
        var table = RoutingTable.LoadDefault();

        var again = RoutingTable.FromJson(table.ToJson());

        Assert.Equal(table.ToJson(), again.ToJson());
        Assert.Contains("\"水处\"", table.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_RuleToUnknownDepartment_Rejected()
    {
        var json = """
            { "version": "x", "departments": ["水处", "综合处", "其他"],
              "rules": [ { "id": "a", "name": "a", "department": "财务处", "terms": ["钱"] } ] }
            """;

        Assert.Throws<InvalidDataException>(() => RoutingTable.FromJson(json));
    }

    [Fact]
    public void Route_AdministratorsEditedTable_SwappedAtRunTime()
    {
        var table = RoutingTable.LoadDefault();
        // The bureau decides noise control goes to 大气处 (a gray zone in README): one rule added, version bumped.
        var edited = table with
        {
            Version = table.Version + "-noise",
            Rules = [.. table.Rules, new RoutingRule { Id = "noise", Name = "噪声污染防治", Department = "大气处", Weight = 3, Terms = ["噪声", "噪音"] }],
        };
        var router = new DepartmentRouter(RoutingTable.FromJson(edited.ToJson()), LabelledQuestion.LoadTrainingSet());

        var decision = router.Route("冲压车间噪声很大，厂界噪声超标要怎么治理？");

        Assert.Equal("大气处", decision.Department);
        Assert.Equal(edited.Version, decision.TableVersion);
        Assert.Contains("噪声污染防治", decision.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadTrainingSet_ShippedExamples_CoverEveryLabelAndOutOfScope()
    {
        var training = LabelledQuestion.LoadTrainingSet();

        Assert.True(training.Count >= 200);
        foreach (var department in RoutingTable.LoadDefault().Departments)
        {
            Assert.Contains(training, t => t.Department == department && t.OutOfScope != true);
        }
        Assert.Contains(training, t => t.OutOfScope == true);
    }
}
