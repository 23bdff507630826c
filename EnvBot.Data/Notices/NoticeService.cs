using EnvBot.Data.Domain.Enterprises;
using EnvBot.Data.Domain.Notices;
using EnvBot.Data.Domain.Outbox;
using EnvBot.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Notices;

/// <summary>
/// Notices to enterprises (DOMAIN.md §3 送政策; seed 004 限停产/错峰生产 advance notice): draft with its recipients fixed,
/// confirm, dispatch, acknowledgement, reminder and phone-call list. Every once-only step is a conditional update, so a
/// repeated job run or a stale button press does nothing twice.
/// </summary>
public sealed class NoticeService(IEnvBotDbContextFactory contexts, TimeProvider time)
{
    /// <summary>The outbox key of a notice to one enterprise; ProactiveOutbox appends <c>:{channel}:{user}</c>.</summary>
    public static string DeliveryKey(int noticeId, int enterpriseId) => FormattableString.Invariant($"notice:{noticeId}:{enterpriseId}");

    public static string ReminderKey(int noticeId, int enterpriseId) => FormattableString.Invariant($"notice-reminder:{noticeId}:{enterpriseId}");

    public async Task<NoticeRecipients> RecipientsAsync(int bureauId, NoticeTarget target, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var all = await db.Enterprises.AsNoTracking().Where(e => e.BureauId == bureauId).OrderBy(e => e.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var value = target.Value?.Trim() ?? "";
        switch (target.Kind)
        {
            case NoticeTargetKind.All:
                return new NoticeRecipients(all, []);
            case NoticeTargetKind.Category:
                return new NoticeRecipients(all.Where(e => e.Category == value).ToList(), []);
            case NoticeTargetKind.Industry:
                return new NoticeRecipients(all.Where(e => e.Industry is { } i && i.Contains(value, StringComparison.Ordinal)).ToList(), []);
            case NoticeTargetKind.Area:
                return new NoticeRecipients(all.Where(e => e.Area is { } a && a.Contains(value, StringComparison.Ordinal)).ToList(), []);
        }
        var found = new List<Enterprise>();
        var unmatched = new List<string>();
        foreach (var name in target.Names)
        {
            var exact = all.Where(e => e.Name == name).ToList();
            var matches = exact.Count > 0 ? exact : all.Where(e => e.Name.Contains(name, StringComparison.Ordinal)).ToList();
            if (matches.Count == 1)
            {
                if (!found.Contains(matches[0]))
                {
                    found.Add(matches[0]);
                }
            }
            else
            {
                unmatched.Add(name);
            }
        }
        return new NoticeRecipients(found, unmatched);
    }

    /// <summary>Saves a draft with one delivery per recipient; nothing is sent until the author confirms.</summary>
    public async Task<Notice> CreateDraftAsync(int bureauId, int authorPersonId, string authorName, NewNotice draft, IReadOnlyList<Enterprise> recipients, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var notice = new Notice
        {
            BureauId = bureauId,
            Title = draft.Title,
            Text = draft.Text,
            Kind = draft.Kind,
            AttachmentName = draft.AttachmentName,
            AttachmentUrl = draft.AttachmentUrl,
            PolicyLaw = draft.PolicyLaw,
            PolicyArticle = draft.PolicyArticle,
            TargetKind = draft.Target.Kind,
            TargetValue = draft.Target.Kind == NoticeTargetKind.List ? string.Join("、", draft.Target.Names) : draft.Target.Value,
            ScheduledAt = draft.ScheduledAt.ToUniversalTime(),
            AuthorPersonId = authorPersonId,
            AuthorName = authorName,
            State = NoticeState.Draft,
            CreatedAt = time.GetUtcNow(),
            Deliveries = recipients.Select(e => new NoticeDelivery { EnterpriseId = e.Id, EnterpriseName = e.Name }).ToList(),
        };
        db.Notices.Add(notice);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return notice;
    }

    public async Task<(NoticeOutcome Outcome, Notice? Notice)> ConfirmAsync(int noticeId, int personId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var notice = await db.Notices.AsNoTracking().Include(n => n.Deliveries).SingleOrDefaultAsync(n => n.Id == noticeId, cancellationToken).ConfigureAwait(false);
        if (notice is null)
        {
            return (NoticeOutcome.NotFound, null);
        }
        if (notice.AuthorPersonId != personId)
        {
            return (NoticeOutcome.NotYours, notice);
        }
        var now = time.GetUtcNow();
        var changed = await db.Notices.Where(n => n.Id == noticeId && n.State == NoticeState.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.State, NoticeState.Scheduled).SetProperty(n => n.ConfirmedAt, now), cancellationToken).ConfigureAwait(false);
        if (changed == 0)
        {
            return (NoticeOutcome.AlreadyDone, notice);
        }
        notice.State = NoticeState.Scheduled;
        notice.ConfirmedAt = now;
        return (NoticeOutcome.Applied, notice);
    }

    /// <summary>Confirmed notices whose time has come (the caller applies quiet hours when it queues them).</summary>
    public async Task<IReadOnlyList<Notice>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var scheduled = await db.Notices.AsNoTracking().Include(n => n.Deliveries).Where(n => n.State == NoticeState.Scheduled)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return scheduled.Where(n => n.ScheduledAt <= now).OrderBy(n => n.ScheduledAt).ThenBy(n => n.Id).ToList();
    }

    /// <summary>
    /// Records that the notice was queued: how many accounts each enterprise has; one with none is listed for a phone
    /// call at once (it cannot be told in chat). Returns false when another run recorded it first.
    /// </summary>
    public async Task<bool> MarkDispatchedAsync(int noticeId, IReadOnlyDictionary<int, int> accountsByDelivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var changed = await db.Notices.Where(n => n.Id == noticeId && n.State == NoticeState.Scheduled)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.State, NoticeState.Sent).SetProperty(n => n.DispatchedAt, now), cancellationToken).ConfigureAwait(false);
        if (changed == 0)
        {
            return false;
        }
        var deliveries = await db.NoticeDeliveries.Where(d => d.NoticeId == noticeId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var d in deliveries)
        {
            d.Accounts = accountsByDelivery.GetValueOrDefault(d.Id);
            d.QueuedAt = now;
            if (d.Accounts == 0)
            {
                d.ListedForCallAt = now;
            }
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Copies the outbox's send time onto deliveries not yet known as sent: the earliest of the enterprise's accounts.</summary>
    public async Task RecordSentTimesAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var waiting = await db.NoticeDeliveries.Where(d => d.QueuedAt != null && d.SentAt == null && d.Accounts > 0).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (waiting.Count == 0)
        {
            return;
        }
        var sent = await db.Outbox.AsNoTracking().Where(m => m.IdempotencyKey.StartsWith("notice:") && m.Status == OutboxStatus.Sent)
            .Select(m => new { m.IdempotencyKey, m.SentAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var d in waiting)
        {
            var prefix = DeliveryKey(d.NoticeId, d.EnterpriseId) + ":";
            d.SentAt = sent.Where(m => m.IdempotencyKey.StartsWith(prefix, StringComparison.Ordinal) && m.SentAt is not null).Min(m => m.SentAt);
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deliveries of sent notices neither acknowledged nor yet listed for a call, with their notice.</summary>
    public async Task<IReadOnlyList<(Notice Notice, NoticeDelivery Delivery)>> OpenDeliveriesAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var notices = await db.Notices.AsNoTracking().Include(n => n.Deliveries.Where(d => d.AcknowledgedAt == null && d.ListedForCallAt == null))
            .Where(n => n.State == NoticeState.Sent).ToListAsync(cancellationToken).ConfigureAwait(false);
        return notices.SelectMany(n => n.Deliveries.Select(d => (n, d))).OrderBy(x => x.n.Id).ThenBy(x => x.d.Id).ToList();
    }

    /// <returns>False when it was already reminded (or acknowledged meanwhile).</returns>
    public async Task<bool> MarkRemindedAsync(int deliveryId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.NoticeDeliveries.Where(d => d.Id == deliveryId && d.RemindedAt == null && d.AcknowledgedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.RemindedAt, now), cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <returns>False when it was already listed (or acknowledged meanwhile).</returns>
    public async Task<bool> MarkListedForCallAsync(int deliveryId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.NoticeDeliveries.Where(d => d.Id == deliveryId && d.ListedForCallAt == null && d.AcknowledgedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ListedForCallAt, now), cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// 已阅 from one of the enterprise's contacts: the named notice, or (no number) its latest unacknowledged one.
    /// Acknowledging twice changes nothing and says so.
    /// </summary>
    public async Task<(NoticeOutcome Outcome, Notice? Notice)> AcknowledgeAsync(int enterpriseId, int? noticeId, string by, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var mine = await db.NoticeDeliveries.AsNoTracking()
            .Where(d => d.EnterpriseId == enterpriseId && d.QueuedAt != null && (noticeId == null || d.NoticeId == noticeId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var delivery = noticeId is null
            ? mine.Where(d => d.AcknowledgedAt is null).OrderByDescending(d => d.NoticeId).FirstOrDefault() ?? mine.OrderByDescending(d => d.NoticeId).FirstOrDefault()
            : mine.SingleOrDefault();
        if (delivery is null)
        {
            return (NoticeOutcome.NotFound, null);
        }
        var notice = await db.Notices.AsNoTracking().SingleAsync(n => n.Id == delivery.NoticeId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var changed = await db.NoticeDeliveries.Where(d => d.Id == delivery.Id && d.AcknowledgedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.AcknowledgedAt, now).SetProperty(d => d.AcknowledgedBy, by), cancellationToken).ConfigureAwait(false);
        return (changed == 1 ? NoticeOutcome.Applied : NoticeOutcome.AlreadyDone, notice);
    }

    /// <summary>The notice with every delivery, send times brought up to date from the outbox.</summary>
    public async Task<Notice?> ReceiptAsync(int noticeId, CancellationToken cancellationToken)
    {
        await RecordSentTimesAsync(cancellationToken).ConfigureAwait(false);
        await using var db = contexts.CreateDbContext();
        return await db.Notices.AsNoTracking().Include(n => n.Deliveries.OrderBy(d => d.Id)).SingleOrDefaultAsync(n => n.Id == noticeId, cancellationToken).ConfigureAwait(false);
    }
}
