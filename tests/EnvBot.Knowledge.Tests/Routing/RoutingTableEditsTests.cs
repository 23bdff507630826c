using EnvBot.Knowledge.Routing;
using EnvBot.Knowledge.Routing.Admin;

namespace EnvBot.Knowledge.Tests.Routing;

/// <summary>Issue 5: the administrator's edits to the routing table, each a new version; the table in force is untouched.</summary>
public sealed class RoutingTableEditsTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    // A word no rule of the shipped table knows: the question goes to 综合处 for triage by hand.
    private const string Question = "我们厂的蓝莓酒糟能不能直接卖给农户";

    [Fact]
    public void AddedWords_RouteTheQuestionToTheirDepartment_InANewVersion_WithoutChangingTheOldTable()
    {
        var shipped = RoutingTable.LoadDefault();
        Assert.Equal("综合处", RoutingTestData.Router.Route(Question).Department);

        var edit = RoutingTableEdits.AddTerms(shipped, "土壤处", ["酒糟", "蓝莓酒糟"], "2026-11-25.1", "王管理", Today);

        var table = Assert.IsType<RoutingTable>(edit.Table);
        Assert.Equal("2026-11-25.1", table.Version);
        var rule = Assert.Single(table.Rules, r => r.Id == "admin-土壤处");
        Assert.Equal(["酒糟", "蓝莓酒糟"], rule.Terms);
        Assert.Equal("管理员王管理于2026年11月25日补充", rule.Source);
        Assert.DoesNotContain(shipped.Rules, r => r.Id == "admin-土壤处");
        var decision = DepartmentRouter.Create(table).Route(Question);
        Assert.Equal("土壤处", decision.Department);
        Assert.Contains("管理员补充（土壤处）", decision.Why, StringComparison.Ordinal);
        Assert.Equal("2026-11-25.1", decision.TableVersion);
        Assert.StartsWith("已添加到土壤处：酒糟、蓝莓酒糟。路由表新版本 2026-11-25.1 已生效。", edit.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondAddition_GoesIntoTheSameAdministratorRule_AndRepeatsAreNotAddedTwice()
    {
        var first = RoutingTableEdits.AddTerms(RoutingTable.LoadDefault(), "土壤处", ["酒糟"], "2026-11-25.1", "王管理", Today).Table!;

        var second = RoutingTableEdits.AddTerms(first, "土壤处", ["酒糟", "果渣"], "2026-11-25.2", "王管理", Today);

        Assert.Equal(["酒糟", "果渣"], Assert.Single(second.Table!.Rules, r => r.Id == "admin-土壤处").Terms);
        Assert.Contains("已存在，未重复添加：酒糟。", second.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void WordsAreNormalisedLikeQuestions_AndAWordAnotherDepartmentHasIsPointedOut()
    {
        var edit = RoutingTableEdits.AddTerms(RoutingTable.LoadDefault(), "水处", ["vocs处理"], "2026-11-25.1", "王管理", Today);

        Assert.Equal(["VOCs处理"], Assert.Single(edit.Table!.Rules, r => r.Id == "admin-水处").Terms);

        var clash = RoutingTableEdits.AddTerms(RoutingTable.LoadDefault(), "水处", ["废气"], "2026-11-25.1", "王管理", Today);
        Assert.Contains("注意：“废气”也在大气处的规则中", clash.Reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("土壤科", "路由表中没有“土壤科”。可选处室：水处、大气处、土壤处、综合处、科监处、环评处、办公室。未做任何更改。")]
    [InlineData("其他", "路由表中没有“其他”。")]
    public void UnknownDepartment_IsRefusedWithTheChoices(string department, string expectedStart)
    {
        var edit = RoutingTableEdits.AddTerms(RoutingTable.LoadDefault(), department, ["酒糟"], "2026-11-25.1", "王管理", Today);

        Assert.Null(edit.Table);
        Assert.StartsWith(expectedStart, edit.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovingAWord_TakesItFromEveryRule_AndARuleLeftEmptyGoes()
    {
        var added = RoutingTableEdits.AddTerms(RoutingTable.LoadDefault(), "土壤处", ["酒糟"], "2026-11-25.1", "王管理", Today).Table!;

        var removed = RoutingTableEdits.RemoveTerm(added, "酒糟", "2026-11-25.2", "王管理", Today);

        Assert.DoesNotContain(removed.Table!.Rules, r => r.Id == "admin-土壤处");
        Assert.Equal("已从 管理员补充（土壤处）→土壤处 删除“酒糟”。路由表新版本 2026-11-25.2 已生效。", removed.Reply);
        Assert.Equal("综合处", DepartmentRouter.Create(removed.Table!).Route(Question).Department);
        Assert.Null(RoutingTableEdits.RemoveTerm(added, "不存在的词", "2026-11-25.2", "王管理", Today).Table);
    }

    [Fact]
    public void NextVersion_CountsWithinTheDay()
    {
        Assert.Equal("2026-11-25.1", RoutingTableEdits.NextVersion(["2025-11-25.1"], Today));
        Assert.Equal("2026-11-25.3", RoutingTableEdits.NextVersion(["2025-11-25.1", "2026-11-25.1", "2026-11-25.2"], Today));
    }

    [Fact]
    public void Terms_AreSplitTheWayAdministratorsType()
    {
        Assert.Equal(["油烟净化器", "餐饮油烟", "隔油池"], RoutingTableEdits.SplitTerms("油烟净化器、餐饮油烟 隔油池，油烟净化器"));
    }
}
