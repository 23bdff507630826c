using EnvBot.Data.Domain.Compliance;
using EnvBot.Data.Domain.Guides;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Exports;
using EnvBot.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Guides;

/// <summary>A pairing as the reminders and the assessment read it: who answers for which enterprise under which rules.</summary>
public sealed record ActivePairing(int PairingId, int EnterpriseId, string EnterpriseName, int? GuidePersonId, int BlockId, ProgrammeRules Rules, DateOnly ValidFrom, DateOnly? ValidTo)
{
    public PairingTerms Terms => new(PairingId, Rules, ValidFrom, ValidTo);
}

/// <summary>
/// Reads what the guide reminders, the weekly 问题清单 and the monthly assessment need from the pairings and the service
/// records (DOMAIN.md §2), for whole periods at once: a few queries per run, not one per guide.
/// </summary>
public sealed class GuideActivityService(IEnvBotDbContextFactory contexts)
{
    /// <summary>Pairings in force on some day between <paramref name="from"/> and <paramref name="to"/> inclusive.</summary>
    public async Task<IReadOnlyList<ActivePairing>> PairingsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var programmes = (await db.Programmes.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => p.Id, ProgrammeRules.From);
        var rows = await (from p in db.Pairings.AsNoTracking()
                          join e in db.Enterprises on p.EnterpriseId equals e.Id
                          where p.ValidFrom <= to && (p.ValidTo == null || p.ValidTo > @from)
                          orderby p.Id
                          select new { p.Id, p.EnterpriseId, e.Name, p.GuidePersonId, p.BlockId, p.ProgrammeId, p.ValidFrom, p.ValidTo })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new ActivePairing(r.Id, r.EnterpriseId, r.Name, r.GuidePersonId, r.BlockId, programmes[r.ProgrammeId], r.ValidFrom, r.ValidTo)).ToList();
    }

    /// <summary>Service records dated between two days inclusive, in (pairing, date) order as the evaluator reads them.</summary>
    public async Task<IReadOnlyList<ServiceRecord>> RecordsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.ServiceRecords.AsNoTracking().Where(r => r.Date >= from && r.Date <= to)
            .OrderBy(r => r.PairingId).ThenBy(r => r.Date).ThenBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Block id → its leads' person ids (区块负责人).</summary>
    public async Task<ILookup<int, int>> BlockLeadsAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return (await db.BlockLeads.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(l => l.BlockId, l => l.PersonId);
    }

    public async Task<IReadOnlyDictionary<int, string>> BlockNamesAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(IEnumerable<int> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.Distinct().ToList();
        await using var db = contexts.CreateDbContext();
        return await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Everyone holding a role (the information officers, the leaders).</summary>
    public async Task<IReadOnlyList<int>> PeopleWithRoleAsync(Role role, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.PersonRoles.AsNoTracking().Where(r => r.Role == role).Select(r => r.PersonId).Distinct().OrderBy(id => id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The week's 问题清单 (DOMAIN.md §2, seed 000 附件3): every record of the week that names a problem, as 指导员, 企业名称,
    /// 服务方式, 收集问题, 措施方案 (the record's 其他情况说明, where guides write what was agreed), 解决情况.
    /// </summary>
    public async Task<IReadOnlyList<ProblemListEntry>> ProblemListAsync(DateOnly monday, CancellationToken cancellationToken)
    {
        var sunday = monday.AddDays(6);
        await using var db = contexts.CreateDbContext();
        var rows = await (from r in db.ServiceRecords.AsNoTracking()
                          join e in db.Enterprises on r.EnterpriseId equals e.Id
                          join p in db.People on r.GuidePersonId equals p.Id
                          where r.Date >= monday && r.Date <= sunday && r.Problem != ""
                          orderby r.Id
                          select new { Guide = p.Name, Enterprise = e.Name, r.Channel, r.Problem, r.Other, r.Resolution })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new ProblemListEntry(r.Guide, r.Enterprise, r.Channel, r.Problem, r.Other ?? "", r.Resolution)).ToList();
    }
}
