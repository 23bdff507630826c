using EnvBot.Data.Domain.Routing;
using EnvBot.Data.Ledger;
using EnvBot.Data.Routing;
using EnvBot.Host.Cli;
using EnvBot.Host.Tests.Conversations;
using EnvBot.Host.Tests.Infrastructure;
using EnvBot.Knowledge.Routing;
using EnvBot.Knowledge.Routing.Admin;

namespace EnvBot.Host.Tests.Routing;

/// <summary>
/// Issue 5: the routing table is data an administrator edits in chat (or imports from a file), each edit a new version
/// in force on every host, any earlier version can be put back, and nothing is lost.
/// </summary>
public sealed class RoutingTableAdminTests
{
    private const string Question = "我们厂的蓝莓酒糟能不能直接卖给农户";

    [Fact]
    public async Task AdministratorAddsAWord_TheLedgerRoutesByIt_ThenPutsTheShippedTableBack()
    {
        await using var host = await TestHost.StartAsync();
        await BindAsync(host, "管理员", "u-admin");
        var shipped = RoutingTable.LoadDefault().Version;

        var before = await SayAsync(host, "u-admin", $"路由测试 {Question}");
        var added = await SayAsync(host, "u-admin", "添加路由词 土壤处 酒糟、果渣");
        var after = await SayAsync(host, "u-admin", $"路由测试 {Question}");
        var ledgerRouting = host.Services.GetRequiredService<IMatterRouter>().Route(Question);
        var described = await SayAsync(host, "u-admin", "路由表");

        Assert.StartsWith("分办：综合处", before, StringComparison.Ordinal);
        Assert.StartsWith("已添加到土壤处：酒糟、果渣。路由表新版本 2026-11-25.1 已生效。", added, StringComparison.Ordinal);
        Assert.StartsWith("分办：土壤处", after, StringComparison.Ordinal);
        Assert.Contains("依据：规则：管理员补充（土壤处）→土壤处（命中：酒糟）", after, StringComparison.Ordinal);
        Assert.Equal("土壤处", ledgerRouting.Department);
        Assert.StartsWith("现行路由表：2026-11-25.1", described, StringComparison.Ordinal);
        Assert.Contains("来源：管理员修改；管理员 于 2026-11-25 09:00 启用；添加 土壤处：酒糟、果渣", described, StringComparison.Ordinal);
        Assert.Contains($"- {shipped} · 随产品发布 · EnvBot（随产品发布）", described, StringComparison.Ordinal);

        var rolledBack = await SayAsync(host, "u-admin", $"启用路由表 {shipped}");
        Assert.Equal($"已启用路由表 {shipped}，此后的分办按该版本执行；原版本保留，可随时再启用。", rolledBack);
        Assert.Equal("综合处", host.Services.GetRequiredService<IMatterRouter>().Route(Question).Department);
        // Nothing deleted: both versions and all three activations are kept.
        var store = host.Services.GetRequiredService<RoutingTableStore>();
        Assert.Equal(["2026-11-25.1", shipped], (await store.HistoryAsync(10, default)).Select(v => v.Version));
        Assert.Equal(shipped, (await store.ActiveAsync(default))!.Value.Version.Version);
    }

    [Fact]
    public async Task BadEdits_AreExplained_AndChangeNothing_OthersMayNotEdit()
    {
        await using var host = await TestHost.StartAsync();
        await BindAsync(host, "管理员", "u-admin");
        await BindAsync(host, "陈综合", "u-chen");

        Assert.StartsWith("路由表中没有“土壤科”。", await SayAsync(host, "u-admin", "添加路由词 土壤科 酒糟"), StringComparison.Ordinal);
        Assert.StartsWith("用法：添加路由词 处室 词语", await SayAsync(host, "u-admin", "添加路由词 土壤处"), StringComparison.Ordinal);
        Assert.Equal("没有版本“1999-01-01.1”的路由表，未做任何更改。发送“路由表”查看各版本。", await SayAsync(host, "u-admin", "启用路由表 1999-01-01.1"));
        Assert.StartsWith("抱歉，该操作仅限管理员使用", await SayAsync(host, "u-chen", "添加路由词 土壤处 酒糟"), StringComparison.Ordinal);
        Assert.StartsWith("抱歉，该操作仅限管理员或综合处审核人员使用", await SayAsync(host, "u-stranger", "路由表"), StringComparison.Ordinal);
        // 综合处 triages what the table cannot place, so it may look and try.
        Assert.StartsWith("分办：综合处", await SayAsync(host, "u-chen", $"路由测试 {Question}"), StringComparison.Ordinal);

        var versions = await host.Services.GetRequiredService<RoutingTableStore>().HistoryAsync(10, default);
        Assert.Equal(RoutingTableVersion.ShippedOrigin, Assert.Single(versions).Origin);
    }

    [Fact]
    public async Task AnEditOnOneHost_IsInForceOnAnotherHostOfTheSameDatabase()
    {
        var database = TestHost.NewDatabasePath();
        try
        {
            await using var hostA = await TestHost.StartAsync(databasePath: database);
            await using var hostB = await TestHost.StartAsync(databasePath: database);
            await BindAsync(hostA, "管理员", "u-admin");
            Assert.Equal("综合处", hostB.Services.GetRequiredService<IMatterRouter>().Route(Question).Department);

            await SayAsync(hostA, "u-admin", "添加路由词 土壤处 酒糟");
            // Host B's follower looks every Routing:RefreshSeconds; the test makes that look now.
            await hostB.Services.GetRequiredService<RoutingTableAdmin>().SyncAsync(default);

            Assert.Equal("土壤处", hostB.Services.GetRequiredService<IMatterRouter>().Route(Question).Department);
        }
        finally
        {
            TestHost.DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task ImportFromAFile_ANewVersionInForce_ABrokenFileOrATakenVersionChangesNothing()
    {
        await using var host = await TestHost.StartAsync();
        var admin = host.Services.GetRequiredService<RoutingTableAdmin>();
        var table = RoutingTable.LoadDefault();
        var edited = RoutingTableEdits.AddTerms(table, "大气处", ["喷漆房"], "2026-12-01.1", "王管理", new DateOnly(2026, 12, 1)).Table!;
        var file = Path.GetTempFileName();
        var output = new StringWriter();
        var error = new StringWriter();
        try
        {
            await File.WriteAllTextAsync(file, edited.ToJson());
            var app = host.App;
            Assert.Equal(0, await CliCommands.RunAsync(app, ["import", "routing", file, "--by", "王管理", "--note", "年度修订"], output, error));
            Assert.Equal($"已导入并启用路由表 2026-12-01.1（{table.Rules.Count + 1} 条规则）。", output.ToString().Trim());

            Assert.Equal(1, await CliCommands.RunAsync(app, ["import", "routing", file], output, error));
            Assert.Equal("版本号“2026-12-01.1”已存在，请在文件中改用新的版本号，未做任何更改。", error.ToString().Trim());

            await File.WriteAllTextAsync(file, """{"version":"2026-12-02.1","departments":["水处"],"rules":[]}""");
            var (imported, reply) = await admin.ImportAsync(await File.ReadAllTextAsync(file), "王管理", null, default);
            Assert.False(imported);
            Assert.StartsWith("路由表无效：", reply, StringComparison.Ordinal);

            var exported = Path.GetTempFileName();
            Assert.Equal(0, await CliCommands.RunAsync(app, ["export", "routing", exported], output, error));
            Assert.Equal("2026-12-01.1", RoutingTable.FromJson(await File.ReadAllTextAsync(exported)).Version);
            File.Delete(exported);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task BindAsync(TestHost host, string person, string userId) =>
        await host.Client.SendAsync(BotClient.Message($"绑定 {await ScriptSetup.BindingCodeAsync(host, person)}", userId));

    private static async Task<string> SayAsync(TestHost host, string userId, string text) =>
        Assert.Single(await host.Client.SendAsync(BotClient.Message(text, userId))).Text!;
}
