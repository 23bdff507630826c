using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Ledger;
using EnvBot.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.ConsultationDay;

/// <summary>
/// 综合处's side of the consultation day after registration (DOMAIN.md §1): the review queue, accepting a question into
/// the ledger, rejecting a repeat, waitlisting over capacity with priority at the next session, the day's list, and
/// the enterprise's own carry-over and rating. Each change is one conditional update, so a repeated or concurrent
/// command changes nothing twice.
/// </summary>
public sealed class BookingReviewService(IEnvBotDbContextFactory contexts, LedgerService ledger, TimeProvider time)
{
    /// <summary>Bookings still to review or seat for sessions not yet held; carried-over (priority) bookings first.</summary>
    public async Task<IReadOnlyList<Booking>> QueueAsync(CancellationToken cancellationToken)
    {
        var today = Time.BureauTime.Today(time);
        await using var db = contexts.CreateDbContext();
        var rows = await db.Bookings.AsNoTracking()
            .Where(b => b.SessionDate >= today && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Waitlisted))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.OrderBy(b => b.SessionDate).ThenBy(b => b.PriorityFromBookingId is null).ThenBy(b => b.Id).ToList();
    }

    /// <summary>Every booking of one session (the day's list, the reminder to finalise).</summary>
    public async Task<IReadOnlyList<Booking>> SessionAsync(DateOnly sessionDate, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.Bookings.AsNoTracking().Where(b => b.SessionDate == sessionDate).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.OrderBy(b => b.Status).ThenBy(b => b.PriorityFromBookingId is null).ThenBy(b => b.Id).ToList();
    }

    /// <summary>
    /// Accepts the booking's question into the ledger (DOMAIN.md §1, §3): the matter is opened and linked to the booking
    /// in one transaction. Only a Pending, Waitlisted or Confirmed booking with no matter yet; when two reviewers accept
    /// at once, the second one's update waits for the first and finds the link made, and its matter is rolled back
    /// with it — null, and no spare matter in the ledger.
    /// </summary>
    public async Task<LedgerResult?> AcceptIntoLedgerAsync(int bookingId, NewMatter matter, string collectedBy, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var opened = await ledger.CollectInAsync(db, matter, collectedBy, cancellationToken).ConfigureAwait(false);
        var linked = await db.Bookings
            .Where(b => b.Id == bookingId && b.MatterId == null && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Waitlisted || b.Status == BookingStatus.Confirmed))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.MatterId, opened.Matter!.Id), cancellationToken).ConfigureAwait(false) == 1;
        if (!linked)
        {
            await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return opened;
    }

    /// <summary>Rejects a repeat of an answered question (重复事项), linking the earlier matter; null when not open for review.</summary>
    public async Task<Booking?> RejectAsRepeatAsync(int bookingId, int earlierMatterId, string reason, int reviewerPersonId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var now = time.GetUtcNow();
        var changed = await db.Bookings
            .Where(b => b.Id == bookingId && b.MatterId == null && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Waitlisted))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Rejected).SetProperty(b => b.Reason, reason)
                .SetProperty(b => b.RepeatOfMatterId, earlierMatterId).SetProperty(b => b.DecidedAt, now)
                .SetProperty(b => b.DecidedByPersonId, reviewerPersonId), cancellationToken)
            .ConfigureAwait(false);
        return changed == 0 ? null : await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == bookingId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// DOMAIN.md §1: an enterprise over the limit gets a written reply in advance and, if it still needs to come,
    /// priority next time. Marks a Pending booking Waitlisted when its session is full; true when it changed.
    /// </summary>
    public async Task<bool> WaitlistAsync(int bookingId, int reviewerPersonId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var now = time.GetUtcNow();
        return await db.Bookings.Where(b => b.Id == bookingId && b.Status == BookingStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Waitlisted).SetProperty(b => b.DecidedAt, now)
                .SetProperty(b => b.DecidedByPersonId, reviewerPersonId), cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// The enterprise still wants to come: a Waitlisted booking of its own is carried to the following month's session
    /// as a new Pending booking marked with priority (it is not bound by that session's booking window — the priority
    /// was earned at the full session). Null when it is not the caller's waitlisted booking or was carried already.
    /// </summary>
    public async Task<Booking?> CarryOverAsync(int bookingId, int? enterpriseId, string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var old = await Own(db, enterpriseId, channelId, userId).SingleOrDefaultAsync(b => b.Id == bookingId && b.Status == BookingStatus.Waitlisted, cancellationToken).ConfigureAwait(false);
        if (old is null || await db.Bookings.AnyAsync(b => b.PriorityFromBookingId == bookingId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        var next = old.SessionDate.AddMonths(1);
        var carried = new Booking
        {
            SessionDate = new DateOnly(next.Year, next.Month, ConsultationSchedule.SessionDay),
            Status = BookingStatus.Pending,
            EnterpriseId = old.EnterpriseId,
            EnterpriseName = old.EnterpriseName,
            CreditCode = old.CreditCode,
            Address = old.Address,
            PostalCode = old.PostalCode,
            ContactName = old.ContactName,
            ProtectedIdNumber = old.ProtectedIdNumber,
            MaskedIdNumber = old.MaskedIdNumber,
            Phone = old.Phone,
            Email = old.Email,
            Question = old.Question,
            ChannelId = old.ChannelId,
            UserId = old.UserId,
            CreatedAt = time.GetUtcNow(),
            MatterId = old.MatterId,
            PriorityFromBookingId = old.Id,
        };
        db.Bookings.Add(carried);
        if (!await db.ConsultationSessionPlans.AnyAsync(p => p.SessionDate == carried.SessionDate, cancellationToken).ConfigureAwait(false))
        {
            db.ConsultationSessionPlans.Add(new ConsultationSessionPlan { SessionDate = carried.SessionDate });
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return carried;
    }

    /// <summary>
    /// The enterprise rates the service (企业反向测评, 1–5 with a comment) once its session has been held; the booking
    /// must be its own and confirmed or answered through the ledger. Rating again replaces the earlier rating.
    /// </summary>
    public async Task<Booking?> RateAsync(int bookingId, int rating, string? comment, int? enterpriseId, string channelId, string userId, CancellationToken cancellationToken)
    {
        // "After the session": the latest session date that has ended by now (11:30 on the 10th, Asia/Shanghai).
        var now = time.GetUtcNow();
        var lastEnded = ConsultationSchedule.LastEndedSessionDay(now);
        await using var db = contexts.CreateDbContext();
        var changed = await Own(db, enterpriseId, channelId, userId)
            .Where(b => b.Id == bookingId && b.SessionDate <= lastEnded && (b.Status == BookingStatus.Confirmed || b.MatterId != null))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Rating, rating).SetProperty(b => b.RatingComment, comment).SetProperty(b => b.RatedAt, now), cancellationToken)
            .ConfigureAwait(false);
        return changed == 0 ? null : await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == bookingId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Remembers that this account began booking this session (for the reminder before booking closes).</summary>
    public async Task StartDraftAsync(string channelId, string userId, string conversationId, DateOnly sessionDate, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (await db.BookingDrafts.AnyAsync(d => d.ChannelId == channelId && d.UserId == userId && d.SessionDate == sessionDate, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        db.BookingDrafts.Add(new BookingDraft { ChannelId = channelId, UserId = userId, ConversationId = conversationId, SessionDate = sessionDate, StartedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // The same account started twice at once: one draft is enough.
        }
    }

    /// <summary>Drafts of a session whose account has not submitted a booking for it.</summary>
    public async Task<IReadOnlyList<BookingDraft>> UnfinishedDraftsAsync(DateOnly sessionDate, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.BookingDrafts.AsNoTracking()
            .Where(d => d.SessionDate == sessionDate && !db.Bookings.Any(b => b.SessionDate == sessionDate && b.ChannelId == d.ChannelId && b.UserId == d.UserId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private static IQueryable<Booking> Own(EnvBotDbContext db, int? enterpriseId, string channelId, string userId) =>
        enterpriseId is { } id
            ? db.Bookings.Where(b => b.EnterpriseId == id || (b.ChannelId == channelId && b.UserId == userId))
            : db.Bookings.Where(b => b.ChannelId == channelId && b.UserId == userId);
}
