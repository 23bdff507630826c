using EnvBot.Data.Domain.Enterprises;
using EnvBot.Data.Domain.EnterpriseFiles;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Guides;
using EnvBot.Data.Persistence;
using EnvBot.Data.Time;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.EnterpriseFiles;

/// <summary>
/// The enterprise's file (一企一档, DOMAIN.md §2 "First contact"): facts added from chat, kept append-only; who may
/// read and change it; and the dated items the expiry watch looks at. Record-level scope: a guide their paired
/// enterprises, a block lead their block (as for contacts, DOMAIN.md §2), leaders and administrators all.
/// </summary>
public sealed class EnterpriseFileService(IEnvBotDbContextFactory contexts, ServiceRecordService records, TimeProvider time)
{
    /// <summary>Every enterprise, marked own where the staff member may read and change its file.</summary>
    public async Task<IReadOnlyList<PairedEnterprise>> ScopeAsync(UserIdentity staff, CancellationToken cancellationToken)
    {
        if (staff.PersonId is not { } personId)
        {
            return [];
        }
        var candidates = await records.CandidatesAsync(personId, cancellationToken).ConfigureAwait(false);
        return staff.Has(Role.Leader) || staff.Has(Role.Administrator)
            ? candidates.Select(c => c with { IsOwn = true }).ToList()
            : candidates;
    }

    public async Task<Enterprise?> EnterpriseAsync(int enterpriseId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<EnterpriseFile> FileAsync(int enterpriseId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var entries = await db.EnterpriseFileEntries.AsNoTracking().Where(e => e.EnterpriseId == enterpriseId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return EnterpriseFile.From(enterpriseId, entries);
    }

    /// <summary>Adds one fact (a new row; nothing is overwritten). The caller has checked the scope.</summary>
    public async Task<EnterpriseFileEntry> AddAsync(NewFileEntry entry, int? personId, string personName, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var saved = new EnterpriseFileEntry
        {
            EnterpriseId = entry.EnterpriseId,
            Field = entry.Field,
            Value = entry.Value,
            Number = entry.Number,
            PermitClass = entry.PermitClass,
            Date = entry.Date,
            DateIsMonthOnly = entry.DateIsMonthOnly,
            RecordedByPersonId = personId,
            RecordedByName = personName,
            RecordedAt = time.GetUtcNow(),
            SourceText = entry.SourceText,
        };
        db.EnterpriseFileEntries.Add(saved);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return saved;
    }

    /// <summary>The current discharge permits and emergency plans of every file, with the date each is due.</summary>
    public async Task<IReadOnlyList<DatedItem>> DatedItemsAsync(ExpiryWatchOptions options, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var fields = new[] { EnterpriseFileField.DischargePermit, EnterpriseFileField.EmergencyPlan };
        var entries = await db.EnterpriseFileEntries.AsNoTracking().Where(e => fields.Contains(e.Field)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = await db.Enterprises.AsNoTracking().Select(e => new { e.Id, e.Name }).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken).ConfigureAwait(false);
        return entries.GroupBy(e => e.EnterpriseId)
            .SelectMany(g => EnterpriseFile.From(g.Key, g).Current)
            .Where(e => e.Date is not null)
            .Select(e =>
            {
                var kind = e.Field == EnterpriseFileField.EmergencyPlan ? ExpiryKind.EmergencyPlan : ExpiryKind.DischargePermit;
                return new DatedItem(e.Id, e.EnterpriseId, names.GetValueOrDefault(e.EnterpriseId, ""), kind, e.Number, ExpiryWatch.DueDate(kind, e.Date!.Value, options));
            })
            .OrderBy(i => i.Due).ThenBy(i => i.EntryId)
            .ToList();
    }

    /// <summary>The staff who answer for the enterprise today: its guide, or its block leads where the table names none.</summary>
    public async Task<IReadOnlyList<int>> ResponsibleStaffAsync(int enterpriseId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var today = BureauTime.Today(time);
        var pairings = (await db.Pairings.AsNoTracking().Where(p => p.EnterpriseId == enterpriseId).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(p => p.IsActiveOn(today)).ToList();
        var guides = pairings.Where(p => p.GuidePersonId is not null).Select(p => p.GuidePersonId!.Value).Distinct().ToList();
        if (guides.Count > 0)
        {
            return guides;
        }
        var blocks = pairings.Select(p => p.BlockId).Distinct().ToList();
        return await db.BlockLeads.AsNoTracking().Where(l => blocks.Contains(l.BlockId)).Select(l => l.PersonId).Distinct().OrderBy(p => p).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
