using System.Reflection;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EnvBot.Data.Persistence.Seeding;

/// <summary>
/// Seeds the reference data every installation needs and, when <c>Seed:DemoData</c> is on, the Dinghai pairing table
/// and a few demo staff so a newcomer can try every role. Idempotent: safe at every start.
/// </summary>
public sealed class DatabaseSeeder(IEnvBotDbContextFactory contexts, PairingTableImporter importer, ILogger<DatabaseSeeder> logger)
{
    public static readonly (string Name, Role[] Roles, string? Department)[] DemoStaff =
    [
        ("周局长", [Role.Leader], null),
        ("林信息", [Role.InformationOfficer], "综合处"),
        ("陈综合", [Role.GeneralReviewer, Role.DepartmentStaff], "综合处"),
        ("何水", [Role.DepartmentStaff], "水处"),
        ("钱大气", [Role.DepartmentStaff], "大气处"),
        ("孔土壤", [Role.DepartmentStaff], "土壤处"),
        ("吕环评", [Role.DepartmentStaff], "环评处"),
        ("管理员", [Role.Administrator], "办公室"),
    ];

    public async Task SeedAsync(bool demoData, CancellationToken cancellationToken)
    {
        await using (var db = contexts.CreateDbContext())
        {
            var bureau = await db.Bureaus.SingleOrDefaultAsync(b => b.Code == ReferenceData.BureauCode, cancellationToken).ConfigureAwait(false);
            if (bureau is null)
            {
                bureau = new Bureau { Code = ReferenceData.BureauCode, Name = ReferenceData.BureauName };
                db.Bureaus.Add(bureau);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            var departments = await db.Departments.Where(d => d.BureauId == bureau.Id).Select(d => d.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (name, fullName, isGeneral) in ReferenceData.Departments.Where(d => !departments.Contains(d.Name)))
            {
                db.Departments.Add(new Department { BureauId = bureau.Id, Name = name, FullName = fullName, IsGeneral = isGeneral });
            }
            var programmes = await db.Programmes.Select(p => p.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
            db.Programmes.AddRange(ReferenceData.Programmes().Where(p => !programmes.Contains(p.Code)));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

            if (demoData)
            {
                var deptIds = await db.Departments.Where(d => d.BureauId == bureau.Id).ToDictionaryAsync(d => d.Name, d => d.Id, cancellationToken).ConfigureAwait(false);
                var existing = await db.People.Where(p => p.BureauId == bureau.Id).Select(p => p.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (var (name, roles, department) in DemoStaff.Where(s => !existing.Contains(s.Name)))
                {
                    db.People.Add(new Person
                    {
                        BureauId = bureau.Id,
                        Name = name,
                        DepartmentId = department is null ? null : deptIds[department],
                        Roles = roles.Select(r => new PersonRole { Role = r }).ToList(),
                    });
                }
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        if (demoData)
        {
            var report = await importer.ImportAsync(ReadSeed("dinghai-pairings.csv"), ReferenceData.GuideProgramme, ReferenceData.BureauCode, cancellationToken).ConfigureAwait(false);
            if (report.Added.Count > 0 || report.Changed.Count > 0)
            {
                logger.LogInformation("Demo pairing table loaded: {Summary}", report.Summary);
            }
            await SeedProfilesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Demo category (seed 000 §二: 重点监管 / 重点整治 / 精细化示范), industry and town of the Dinghai enterprises, so
    /// notices can be targeted; the seed lists the 31 enterprises by category only in total, so the assignment is
    /// illustrative. Fills only what is empty: what an administrator set is kept.
    /// </summary>
    private async Task SeedProfilesAsync(CancellationToken cancellationToken)
    {
        var rows = ReadSeed("dinghai-enterprise-profiles.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1).Select(l => l.Split(',')).Where(f => f.Length == 4).ToDictionary(f => f[0]);
        await using var db = contexts.CreateDbContext();
        var enterprises = await db.Enterprises.Where(e => e.Category == null || e.Industry == null || e.Area == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var e in enterprises)
        {
            if (rows.TryGetValue(e.Name, out var f))
            {
                e.Category ??= f[1];
                e.Industry ??= f[2];
                e.Area ??= f[3];
            }
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public static string ReadSeed(string fileName)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
