using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Host.Tests.Conversations;
using EnvBot.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Host.Tests.People;

/// <summary>A refused command says why and changes nothing: checked in the database, not only in the reply.</summary>
public sealed class AuthorizationRefusalTests
{
    private static async Task<(int Codes, int Pairings, int Enterprises, int People)> CountsAsync(TestHost host)
    {
        await using var db = host.Services.GetRequiredService<IEnvBotDbContextFactory>().CreateDbContext();
        return (await db.BindingCodes.CountAsync(), await db.Pairings.CountAsync(), await db.Enterprises.CountAsync(), await db.People.CountAsync());
    }

    [Fact]
    public async Task GenerateCodeAndImport_BoundGuide_RefusedAndDatabaseUnchanged()
    {
        await using var host = await TestHost.StartAsync();
        var code = await ScriptSetup.BindingCodeAsync(host, "方静卫");
        await host.Client.SendAsync(BotClient.Message($"绑定 {code}", "u-fang"));
        var before = await CountsAsync(host);
        var csv = "导入结对表\nseq,enterprise_name,block,block_leads,guide,note\n1,舟山新来的有限公司,9,某甲,某乙,";

        var generate = await host.Client.SendAsync(BotClient.Message("生成绑定码 方静卫", "u-fang"));
        var import = await host.Client.SendAsync(BotClient.Message(csv, "u-fang"));

        Assert.Equal("抱歉，该操作仅限管理员使用，未做任何更改。您当前的身份：环保指导员。", Assert.Single(generate).Text);
        Assert.Equal("抱歉，该操作仅限管理员使用，未做任何更改。您当前的身份：环保指导员。", Assert.Single(import).Text);
        Assert.Equal(before, await CountsAsync(host));
    }

    [Fact]
    public async Task ImportFromChat_Administrator_ReportsAndIsIdempotent()
    {
        await using var host = await TestHost.StartAsync();
        var code = await ScriptSetup.BindingCodeAsync(host, "管理员");
        await host.Client.SendAsync(BotClient.Message($"绑定 {code}", "u-admin"));
        var before = await CountsAsync(host);
        var table = DatabaseSeeder.ReadSeed("dinghai-pairings.csv");

        var again = await host.Client.SendAsync(BotClient.Message("导入结对表\n" + table, "u-admin"));
        var added = await host.Client.SendAsync(BotClient.Message("导入结对表\n" + table + "32,舟山新来的有限公司,4,王建明;黄璞,金通,\n", "u-admin"));

        Assert.StartsWith("新增 0 项，变更 0 项，未变 31 项，无法读取 0 行。", Assert.Single(again).Text, StringComparison.Ordinal);
        Assert.Contains("- 企业：舟山新来的有限公司", Assert.Single(added).Text, StringComparison.Ordinal);
        Assert.Equal((before.Codes, before.Pairings + 1, before.Enterprises + 1, before.People), await CountsAsync(host));
    }
}
