using EnvBot.Data.Domain.Calendar;
using EnvBot.Data.Domain.Guides;
using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Data.Persistence.Storage;
using EnvBot.Data.Time;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Guides;

/// <summary>
/// Saves and reads guides' service records (DOMAIN.md §2 "Every contact is recorded"). Which enterprises a person may
/// log comes from the active pairings: their own as guide and their blocks' as lead ("Block leads serve too").
/// </summary>
public sealed class ServiceRecordService(IEnvBotDbContextFactory contexts, TimeProvider time)
{
    /// <summary>How far back "who else contacted it recently" looks (避免重复走访, DOMAIN.md §2).</summary>
    public static readonly int RecentDays = 30;

    /// <summary>Every enterprise of the bureau, marked <see cref="PairedEnterprise.IsOwn"/> for those the person answers for.</summary>
    public async Task<IReadOnlyList<PairedEnterprise>> CandidatesAsync(int personId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var today = BureauTime.Today(time);
        var own = await OwnEnterpriseIdsAsync(db, personId, today, cancellationToken).ConfigureAwait(false);
        var bureauId = await db.Bureaus.Where(b => b.Code == ReferenceData.BureauCode).Select(b => b.Id).SingleAsync(cancellationToken).ConfigureAwait(false);
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.BureauId == bureauId).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var guided = await db.Pairings.AsNoTracking().Where(p => own.Contains(p.EnterpriseId) && p.GuidePersonId != null)
            .Join(db.People, p => p.GuidePersonId, g => g.Id, (p, g) => new { Pairing = p, g.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var guides = guided.Where(x => x.Pairing.IsActiveOn(today)).GroupBy(x => x.Pairing.EnterpriseId).ToDictionary(g => g.Key, g => g.First().Name);
        return enterprises.Select(e => new PairedEnterprise(e.Id, e.Name, own.Contains(e.Id), guides.GetValueOrDefault(e.Id))).ToList();
    }

    public async Task<ServiceRecord> SaveAsync(NewServiceRecord record, CancellationToken cancellationToken)
    {
        if (!ServiceChannels.All.Contains(record.Channel) || !ServiceResolutions.All.Contains(record.Resolution))
        {
            throw new ArgumentException("Channel and resolution must be values of the form.", nameof(record));
        }
        await using var db = contexts.CreateDbContext();
        var bureauId = await db.Bureaus.Where(b => b.Code == ReferenceData.BureauCode).Select(b => b.Id).SingleAsync(cancellationToken).ConfigureAwait(false);
        // The record counts for the enterprise's active pairing on the contact's date; history stays with its pairing.
        var pairings = await db.Pairings.AsNoTracking().Where(p => p.EnterpriseId == record.EnterpriseId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var pairing = pairings.FirstOrDefault(p => p.IsActiveOn(record.Date)) ?? pairings.FirstOrDefault(p => p.ValidTo is null);
        var saved = new ServiceRecord
        {
            BureauId = bureauId,
            PairingId = pairing?.Id,
            EnterpriseId = record.EnterpriseId,
            GuidePersonId = record.GuidePersonId,
            Date = record.Date,
            Channel = record.Channel,
            Problem = record.Problem,
            Resolution = record.Resolution,
            Other = string.IsNullOrWhiteSpace(record.Other) ? null : record.Other,
            MatterId = record.MatterId,
            RecordedAt = time.GetUtcNow(),
            SourceText = record.SourceText,
        };
        // A retry of the guide's 确认 (another host, after a crash or a database restart) gets this record back: a contact
        // logged twice would count twice towards the frequency rules and the month's grade.
        var id = await TurnEffects.CreateOnceAsync(contexts, time, TurnEffects.ServiceRecord, async (write, ct) =>
        {
            write.ServiceRecords.Add(saved);
            await write.SaveChangesAsync(ct).ConfigureAwait(false);
            return saved.Id;
        }, cancellationToken).ConfigureAwait(false);
        return id == saved.Id ? saved : await db.ServiceRecords.AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records of one pairing between two dates inclusive (a week or a month of the frequency rules).</summary>
    public async Task<IReadOnlyList<ServiceRecord>> ForPairingAsync(int pairingId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.ServiceRecords.AsNoTracking().Where(r => r.PairingId == pairingId && r.Date >= from && r.Date <= to)
            .OrderBy(r => r.Date).ThenBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The block leads' person ids for an enterprise: where a problem needing other departments is escalated.</summary>
    public async Task<IReadOnlyList<(string Name, string ChannelId, string UserId)>> BlockLeadAccountsAsync(int enterpriseId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var today = BureauTime.Today(time);
        var blockIds = await db.ActiveBlockIdsAsync(enterpriseId, today, cancellationToken).ConfigureAwait(false);
        var leads = db.BlockLeads.Where(l => blockIds.Contains(l.BlockId)).Select(l => l.PersonId);
        var accounts = await (from i in db.ChannelIdentities
                              join p in db.People on i.PersonId equals p.Id
                              where leads.Contains(p.Id)
                              select new { p.Name, i.ChannelId, i.UserId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return accounts.Select(a => (a.Name, a.ChannelId, a.UserId)).ToList();
    }

    /// <summary>
    /// 我的企业: for each enterprise the person answers for, whether this week has a phone contact and this month a visit
    /// (DOMAIN.md §2 frequency rules; weeks Monday–Sunday and months in Asia/Shanghai, BureauWeek), its open problems,
    /// and who else logged a contact with it in the last <see cref="RecentDays"/> days.
    /// </summary>
    public async Task<IReadOnlyList<MyEnterpriseStatus>> MyEnterprisesAsync(int personId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var today = BureauTime.Today(time);
        var own = await OwnEnterpriseIdsAsync(db, personId, today, cancellationToken).ConfigureAwait(false);
        var (monday, sunday) = BureauWeek.WeekOf(today);
        var (first, last) = BureauWeek.MonthOf(today);
        var since = new[] { monday, first, today.AddDays(-RecentDays) }.Min();
        var records = await db.ServiceRecords.AsNoTracking()
            .Where(r => own.Contains(r.EnterpriseId) && (r.Date >= since || r.Resolution != ServiceResolutions.Solved))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var personIds = records.Select(r => r.GuidePersonId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken).ConfigureAwait(false);
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => own.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return enterprises.Select(e =>
        {
            var mine = records.Where(r => r.EnterpriseId == e.Id).ToList();
            return new MyEnterpriseStatus(
                e.Id,
                e.Name,
                mine.Any(r => r.Channel == ServiceChannels.Phone && r.Date >= monday && r.Date <= sunday),
                mine.Any(r => r.Channel == ServiceChannels.OnSite && r.Date >= first && r.Date <= last),
                OpenProblems(mine),
                mine.Where(r => r.GuidePersonId != personId && r.Date >= today.AddDays(-RecentDays))
                    .OrderByDescending(r => r.Date).Select(r => (names.GetValueOrDefault(r.GuidePersonId, "?"), r.Date, r.Channel)).Take(3).ToList());
        }).ToList();
    }

    /// <summary>
    /// A problem is open while its latest record says 正在解决 or 未解决 (a later 已解决 record of the same problem closes it);
    /// the longest open first, as the one most overdue for a follow-up.
    /// </summary>
    private static IReadOnlyList<OpenProblem> OpenProblems(IEnumerable<ServiceRecord> records) =>
        records.Where(r => r.Problem.Length > 0)
            .GroupBy(r => r.Problem)
            .Select(g => (Latest: g.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).First(), Since: g.Min(r => r.Date)))
            .Where(p => p.Latest.Resolution != ServiceResolutions.Solved)
            .OrderBy(p => p.Since).ThenBy(p => p.Latest.Id)
            .Select(p => new OpenProblem(p.Latest.Problem, p.Since, p.Latest.Resolution))
            .ToList();

    private static async Task<HashSet<int>> OwnEnterpriseIdsAsync(EnvBotDbContext db, int personId, DateOnly today, CancellationToken cancellationToken)
    {
        var ledBlocks = await db.BlockLeads.Where(l => l.PersonId == personId).Select(l => l.BlockId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var pairings = await db.Pairings.AsNoTracking().Where(p => p.GuidePersonId == personId || ledBlocks.Contains(p.BlockId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return pairings.Where(p => p.IsActiveOn(today)).Select(p => p.EnterpriseId).ToHashSet();
    }
}
