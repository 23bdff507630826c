using EnvBot.Data.Attachments;
using EnvBot.Data.Domain.Enterprises;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Domain.Rectification;
using EnvBot.Data.Ledger;
using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Data.Time;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Rectification;

/// <summary>
/// Health checks with rectification (seed 001 体检, seed 002 一查二劝三改): a guide records findings, each becomes a
/// ledger matter and an item the enterprise answers; the guide accepts or returns each answer; items past their
/// deadline are escalated to the block lead. Record-level scoping: only the enterprise's guide or block lead (or an
/// administrator) records and reviews; only the enterprise's own contacts answer.
/// </summary>
public sealed class RectificationService(IEnvBotDbContextFactory contexts, LedgerService ledger, TimeProvider time)
{
    /// <summary>Enterprises whose name contains <paramref name="name"/> ("金鹰" → 浙江金鹰股份有限公司).</summary>
    public async Task<IReadOnlyList<Enterprise>> FindEnterprisesAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var exact = await db.Enterprises.AsNoTracking().Where(e => e.Name == name).ToListAsync(cancellationToken).ConfigureAwait(false);
        return exact.Count > 0 ? exact : await db.Enterprises.AsNoTracking().Where(e => e.Name.Contains(name)).OrderBy(e => e.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>May this staff member record and review findings for the enterprise (its guide or block lead, or an administrator)?</summary>
    public async Task<bool> IsResponsibleAsync(UserIdentity staff, int enterpriseId, CancellationToken cancellationToken)
    {
        if (staff.Has(Role.Administrator))
        {
            return true;
        }
        if (staff.PersonId is not { } personId)
        {
            return false;
        }
        await using var db = contexts.CreateDbContext();
        var today = BureauTime.Today(time);
        var pairings = await db.Pairings.AsNoTracking().Where(p => p.EnterpriseId == enterpriseId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var active = pairings.Where(p => p.IsActiveOn(today)).ToList();
        if (active.Any(p => p.GuidePersonId == personId))
        {
            return true;
        }
        var blocks = active.Select(p => p.BlockId).ToList();
        return await db.BlockLeads.AnyAsync(l => blocks.Contains(l.BlockId) && l.PersonId == personId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records the findings of one health check: each opens a ledger matter (kind rectification, due on its deadline)
    /// and an item in state 待整改. The caller has checked <see cref="IsResponsibleAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<RectificationItem>> RecordAsync(Enterprise enterprise, int personId, string personName, IReadOnlyList<NewFinding> findings, CancellationToken cancellationToken)
    {
        var items = new List<RectificationItem>();
        var now = time.GetUtcNow();
        // One transaction for every matter and item of the check: it is recorded whole or not at all.
        await using var db = contexts.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var f in findings)
        {
            var question = $"【体检整改】{f.Finding}（整改建议：{f.Suggestion}；期限 {f.Deadline:yyyy-MM-dd}）";
            var opened = await ledger.CollectInAsync(db, new NewMatter(enterprise.Id, enterprise.Name, question, MatterSources.HealthCheck, MatterKinds.Rectification, null, null, null, f.Deadline), personName, cancellationToken).ConfigureAwait(false);
            items.Add(new RectificationItem
            {
                EnterpriseId = enterprise.Id,
                EnterpriseName = enterprise.Name,
                MatterId = opened.Matter!.Id,
                Finding = f.Finding,
                Basis = f.Basis,
                Suggestion = f.Suggestion,
                Deadline = f.Deadline,
                RecordedByPersonId = personId,
                RecordedByName = personName,
                RecordedAt = now,
                State = RectificationState.Open,
            });
        }
        db.RectificationItems.AddRange(items);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.RectificationEvents.AddRange(items.Select(i => Event(i, RectificationEventKind.Recorded, personName, now, $"{i.Finding}；建议：{i.Suggestion}{(i.Basis is null ? "" : "；依据：" + i.Basis)}")));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return items;
    }

    /// <summary>
    /// The enterprise answers an item (改), with the files it sent as proof (already stored, linked in the same save).
    /// Only its own contacts, only while the item waits for it.
    /// </summary>
    public async Task<(RectificationOutcome Outcome, RectificationItem? Item)> AnswerAsync(int itemId, int enterpriseId, string answer, CancellationToken cancellationToken, IReadOnlyCollection<int>? attachmentIds = null, string? answeredBy = null)
    {
        await using var db = contexts.CreateDbContext();
        var item = await db.RectificationItems.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken).ConfigureAwait(false);
        if (item is null || item.EnterpriseId != enterpriseId)
        {
            // Another enterprise's item is answered as "not found": its existence is not disclosed.
            return (RectificationOutcome.NotFound, null);
        }
        if (!RectificationRules.CanAnswer(item.State))
        {
            return (RectificationOutcome.WrongState, item);
        }
        item.State = RectificationState.Answered;
        item.Answer = answer;
        item.AnsweredAt = time.GetUtcNow();
        item.Version++;
        var linked = await AttachmentService.LinkInAsync(db, attachmentIds ?? [], enterpriseId, item.Id, item.MatterId, cancellationToken).ConfigureAwait(false);
        db.RectificationEvents.Add(Event(item, RectificationEventKind.Answered, answeredBy ?? item.EnterpriseName, item.AnsweredAt.Value, linked > 0 ? $"{answer}（附件 {linked} 个）" : answer));
        return await SaveAsync(db, item, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The guide accepts (通过) or returns (退回, with a reason) the enterprise's answer.</summary>
    public async Task<(RectificationOutcome Outcome, RectificationItem? Item)> ReviewAsync(int itemId, UserIdentity reviewer, bool accept, string? reason, CancellationToken cancellationToken)
    {
        RectificationItem? item;
        await using (var read = contexts.CreateDbContext())
        {
            item = await read.RectificationItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken).ConfigureAwait(false);
        }
        if (item is null)
        {
            return (RectificationOutcome.NotFound, null);
        }
        if (!await IsResponsibleAsync(reviewer, item.EnterpriseId, cancellationToken).ConfigureAwait(false))
        {
            return (RectificationOutcome.NotYours, item);
        }
        if (!RectificationRules.CanReview(item.State))
        {
            return (RectificationOutcome.WrongState, item);
        }
        await using var db = contexts.CreateDbContext();
        db.Attach(item);
        item.State = accept ? RectificationState.Accepted : RectificationState.Returned;
        item.ReturnReason = accept ? item.ReturnReason : reason;
        item.ReviewedAt = time.GetUtcNow();
        item.Version++;
        db.RectificationEvents.Add(Event(item, accept ? RectificationEventKind.Accepted : RectificationEventKind.Returned, reviewer.PersonName ?? "", item.ReviewedAt.Value, accept ? null : reason));
        var saved = await SaveAsync(db, item, cancellationToken).ConfigureAwait(false);
        if (accept && saved.Outcome == RectificationOutcome.Applied)
        {
            // The ledger matter is answered with what the enterprise did and closed (销号): the account shows it done.
            var actor = new LedgerActor(reviewer.PersonId, reviewer.PersonName ?? "系统", null, false, true);
            await ledger.ApplyAsync(new LedgerCommand(item.MatterId, MatterAction.Answer, $"整改已通过复核：{item.Answer}"), actor, cancellationToken).ConfigureAwait(false);
            await ledger.ApplyAsync(new LedgerCommand(item.MatterId, MatterAction.Close), actor, cancellationToken).ConfigureAwait(false);
        }
        return saved;
    }

    public async Task<IReadOnlyList<RectificationItem>> ForEnterpriseAsync(int enterpriseId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.RectificationItems.AsNoTracking().Where(i => i.EnterpriseId == enterpriseId).OrderBy(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Items past their deadline that the enterprise has not answered, marked escalated (once) with the block leads
    /// to tell. The daily job (or a test with a fake clock) calls this; the caller sends the notices.
    /// </summary>
    public async Task<IReadOnlyList<(RectificationItem Item, IReadOnlyList<int> BlockLeadIds)>> EscalateOverdueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(BureauTime.ToBureau(now).DateTime);
        await using var db = contexts.CreateDbContext();
        var waiting = new[] { RectificationState.Open, RectificationState.Returned };
        var candidates = await db.RectificationItems.Where(i => waiting.Contains(i.State) && i.EscalatedAt == null && i.Deadline < today).OrderBy(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<(RectificationItem, IReadOnlyList<int>)>();
        foreach (var item in candidates.Where(i => RectificationRules.IsOverdue(i, today)))
        {
            var blocks = await db.ActiveBlockIdsAsync(item.EnterpriseId, today, cancellationToken).ConfigureAwait(false);
            var leads = await db.BlockLeads.AsNoTracking().Where(l => blocks.Contains(l.BlockId)).OrderBy(l => l.PersonId).Select(l => l.PersonId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            item.EscalatedAt = now;
            item.Version++;
            db.RectificationEvents.Add(Event(item, RectificationEventKind.Escalated, "系统", now, $"期限 {item.Deadline:yyyy-MM-dd} 已过，报区块负责人"));
            result.Add((item, leads));
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// Seed 002 四罚: the block lead (or a bureau leader) hands an item that is past its deadline, escalated and still not
    /// rectified to 执法支队. The item is marked, the event recorded, and its ledger matter reassigned to 执法支队 with
    /// the record as the reason, so the matter's own history shows the hand-over. The caller sends the notices.
    /// </summary>
    public async Task<(RectificationOutcome Outcome, RectificationItem? Item)> HandToEnforcementAsync(int itemId, UserIdentity actor, string reason, string record, CancellationToken cancellationToken)
    {
        RectificationItem? item;
        await using (var read = contexts.CreateDbContext())
        {
            item = await read.RectificationItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken).ConfigureAwait(false);
        }
        if (item is null)
        {
            return (RectificationOutcome.NotFound, null);
        }
        if (!actor.Has(Role.Leader) && !actor.Has(Role.Administrator) && !await IsBlockLeadOfAsync(actor, item.EnterpriseId, cancellationToken).ConfigureAwait(false))
        {
            return (RectificationOutcome.NotYours, item);
        }
        if (!RectificationRules.CanHandToEnforcement(item))
        {
            return (RectificationOutcome.WrongState, item);
        }
        var now = time.GetUtcNow();
        await using (var db = contexts.CreateDbContext())
        {
            db.Attach(item);
            item.State = RectificationState.HandedToEnforcement;
            item.HandedOverAt = now;
            item.HandedOverBy = actor.PersonName ?? "";
            item.HandOverReason = reason;
            item.Version++;
            db.RectificationEvents.Add(Event(item, RectificationEventKind.HandedToEnforcement, actor.PersonName ?? "", now, reason));
            var saved = await SaveAsync(db, item, cancellationToken).ConfigureAwait(false);
            if (saved.Outcome != RectificationOutcome.Applied)
            {
                return saved;
            }
        }
        var ledgerActor = new LedgerActor(actor.PersonId, actor.PersonName ?? "系统", null, false, true);
        await ledger.ApplyAsync(new LedgerCommand(item.MatterId, MatterAction.Reassign, record, EnforcementDepartment), ledgerActor, cancellationToken).ConfigureAwait(false);
        return (RectificationOutcome.Applied, item);
    }

    /// <summary>DOMAIN.md §1 routing table: enforcement is 执法支队's (三定方案).</summary>
    public const string EnforcementDepartment = "执法支队";

    public async Task<RectificationItem?> FindAsync(int itemId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.RectificationItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The item's history in order (seed 002: the record handed to enforcement).</summary>
    public async Task<IReadOnlyList<RectificationEvent>> HistoryAsync(int itemId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.RectificationEvents.AsNoTracking().Where(e => e.RectificationItemId == itemId).OrderBy(e => e.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> IsBlockLeadOfAsync(UserIdentity staff, int enterpriseId, CancellationToken cancellationToken)
    {
        if (staff.PersonId is not { } personId || !staff.Has(Role.BlockLead))
        {
            return false;
        }
        await using var db = contexts.CreateDbContext();
        return await db.LeadsBlockOfAsync(personId, enterpriseId, BureauTime.Today(time), cancellationToken).ConfigureAwait(false);
    }

    private static RectificationEvent Event(RectificationItem item, RectificationEventKind kind, string actor, DateTimeOffset at, string? text) =>
        new() { RectificationItemId = item.Id, Kind = kind, ActorName = actor.Length > 64 ? actor[..64] : actor, At = at, Text = text };

    private static async Task<(RectificationOutcome Outcome, RectificationItem? Item)> SaveAsync(EnvBotDbContext db, RectificationItem item, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return (RectificationOutcome.Applied, item);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (RectificationOutcome.WrongState, item);
        }
    }
}
