using EnvBot.Data.Domain.People;
using EnvBot.Data.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Tests.Import;

public sealed class PairingTableImporterTests
{
    private static readonly string Table = DatabaseSeeder.ReadSeed("dinghai-pairings.csv");

    private static Task<EnvBot.Data.Import.PairingImportReport> ImportAsync(TestDatabase database, string csv) =>
        database.Importer.ImportAsync(csv, ReferenceData.GuideProgramme, ReferenceData.BureauCode, CancellationToken.None);

    [Fact]
    public async Task Import_CleanDinghaiTable_AddsEnterprisesBlocksLeadsAndGuides()
    {
        await using var database = await TestDatabase.CreateAsync();

        var report = await ImportAsync(database, Table);

        Assert.Empty(report.Unreadable);
        await using var db = database.CreateDbContext();
        Assert.Equal(31, await db.Enterprises.CountAsync());
        Assert.Equal(31, await db.Pairings.CountAsync(p => p.ValidTo == null));
        Assert.Equal(4, await db.Blocks.CountAsync());
        var people = await db.People.Include(p => p.Roles).ToListAsync();
        var xia = Assert.Single(people, p => p.Name == "夏爱萍");
        // 夏爱萍 leads block 1 and is also the guide of row 2: both roles on one person.
        Assert.Equal([Role.Guide, Role.BlockLead], xia.Roles.Select(r => r.Role).Order().ToArray());
        Assert.Contains(Role.Guide, Assert.Single(people, p => p.Name == "方静卫").Roles.Select(r => r.Role));
        Assert.Equal(8, await db.Set<EnvBot.Data.Domain.Pairings.BlockLead>().CountAsync());
        Assert.Contains("企业：舟山长宏国际船舶修造有限公司(+再生利用)", report.Added);
        Assert.Equal("+再生利用", (await db.Enterprises.SingleAsync(e => e.Name == "舟山长宏国际船舶修造有限公司(+再生利用)")).NameNote);
    }

    [Fact]
    public async Task Import_SameTableTwice_SecondRunAddsAndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, Table);
        await using var before = database.CreateDbContext();
        var counts = (await before.People.CountAsync(), await before.Enterprises.CountAsync(), await before.Pairings.CountAsync(), await before.Set<PersonRole>().CountAsync());

        var second = await ImportAsync(database, Table);

        Assert.Empty(second.Added);
        Assert.Empty(second.Changed);
        Assert.Equal(31, second.Unchanged.Count);
        await using var after = database.CreateDbContext();
        Assert.Equal(counts, (await after.People.CountAsync(), await after.Enterprises.CountAsync(), await after.Pairings.CountAsync(), await after.Set<PersonRole>().CountAsync()));
    }

    [Fact]
    public async Task Import_MalformedRows_ReportsLineAndReasonAndImportsTheRest()
    {
        await using var database = await TestDatabase.CreateAsync();
        var csv = "seq,enterprise_name,block,block_leads,guide,note\n" +
                  "1,舟山甲公司,1,夏爱萍;陆佩军,方静卫,\n" +
                  "2,舟山乙公司,一,夏爱萍,方静卫,\n" +
                  "3,,1,夏爱萍,方静卫,\n" +
                  "4,舟山丙公司\n" +
                  "5,舟山丁公司,1,,方静卫,\n" +
                  "6,舟山戊公司,1,夏爱萍,赵露渊,\n";

        var report = await ImportAsync(database, csv);

        Assert.Equal(
        [
            "第3行：区块“一”不是正整数",
            "第4行：缺少企业名称",
            "第5行：只有 2 列，至少需要 5 列（序号、企业名称、区块、区块负责人、指导员）",
            "第6行：缺少区块负责人",
        ], report.Unreadable);
        await using var db = database.CreateDbContext();
        Assert.Equal(["舟山戊公司", "舟山甲公司"], (await db.Enterprises.Select(e => e.Name).ToListAsync()).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("无法读取 4 行", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WrongHeader_ReportsLineOneAndImportsNothing()
    {
        await using var database = await TestDatabase.CreateAsync();

        var report = await ImportAsync(database, "序号,企业,区块\n1,舟山甲公司,1\n");

        Assert.Equal("第1行：表头应为 seq,enterprise_name,block,block_leads,guide,note", Assert.Single(report.Unreadable));
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.Enterprises.CountAsync());
    }

    [Fact]
    public async Task Import_ChangedGuide_ClosesOldPairingAndOpensNewOne()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, Table);
        database.Time.Advance(TimeSpan.FromDays(30));
        var changed = Table.Replace("1,舟山长宏国际船舶修造有限公司(+再生利用),1,夏爱萍;陆佩军,方静卫,", "1,舟山长宏国际船舶修造有限公司(+再生利用),1,夏爱萍;陆佩军,赵露渊,", StringComparison.Ordinal);

        var report = await ImportAsync(database, changed);

        Assert.Equal("舟山长宏国际船舶修造有限公司(+再生利用)：指导员 方静卫 → 赵露渊", Assert.Single(report.Changed));
        Assert.Empty(report.Added);
        await using var db = database.CreateDbContext();
        var enterprise = await db.Enterprises.SingleAsync(e => e.Name == "舟山长宏国际船舶修造有限公司(+再生利用)");
        var history = await db.Pairings.Where(p => p.EnterpriseId == enterprise.Id).OrderBy(p => p.Id).ToListAsync();
        Assert.Equal(2, history.Count);
        var fang = await db.People.SingleAsync(p => p.Name == "方静卫");
        var zhao = await db.People.SingleAsync(p => p.Name == "赵露渊");
        Assert.Equal((fang.Id, new DateOnly(2026, 11, 25), (DateOnly?)new DateOnly(2026, 12, 25)), (history[0].GuidePersonId!.Value, history[0].ValidFrom, history[0].ValidTo));
        Assert.Equal((zhao.Id, new DateOnly(2026, 12, 25), (DateOnly?)null), (history[1].GuidePersonId!.Value, history[1].ValidFrom, history[1].ValidTo));
    }

    [Fact]
    public async Task Import_Row26WithoutGuide_PairsWithNoGuideAndNamesItsBlockLeads()
    {
        await using var database = await TestDatabase.CreateAsync();

        var report = await ImportAsync(database, Table);

        var note = Assert.Single(report.Notes);
        Assert.StartsWith("序号26（第27行）舟山干览镇污水处理厂：表中未指定指导员，由第3区块负责人（吴雷、袁涛）负责。", note, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        var enterprise = await db.Enterprises.SingleAsync(e => e.Name == "舟山干览镇污水处理厂");
        var pairing = await db.Pairings.SingleAsync(p => p.EnterpriseId == enterprise.Id);
        Assert.Null(pairing.GuidePersonId);
        var block = await db.Blocks.Include(b => b.Leads).SingleAsync(b => b.Id == pairing.BlockId);
        var leadNames = await db.People.Where(p => block.Leads.Select(l => l.PersonId).Contains(p.Id)).Select(p => p.Name).ToListAsync();
        Assert.Equal(["吴雷", "袁涛"], leadNames.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task Import_UnknownGuideName_AddsPersonWithGuideRoleAndReportsIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, Table);
        var withNewGuide = Table.Replace("31,金塘污水处理厂,4,王建明;黄璞,金通,", "31,金塘污水处理厂,4,王建明;黄璞,新来的,", StringComparison.Ordinal);

        var report = await ImportAsync(database, withNewGuide);

        Assert.Contains("人员：新来的（环保指导员）", report.Added);
        Assert.Equal("金塘污水处理厂：指导员 金通 → 新来的", Assert.Single(report.Changed));
        await using var db = database.CreateDbContext();
        var person = await db.People.Include(p => p.Roles).SingleAsync(p => p.Name == "新来的");
        Assert.Equal(Role.Guide, Assert.Single(person.Roles).Role);
    }
}
