using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Domain.Privacy;
using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.ConsultationDay;

/// <summary>
/// Consultation-day bookings (DOMAIN.md §1, issue 7): registering, listing and cancelling one's own bookings, and
/// 综合处 confirming seats within the session's capacity.
/// </summary>
public sealed class BookingService(IEnvBotDbContextFactory contexts, TimeProvider time, ConsultationDayOptions options, IPersonalDataProtector protector, Privacy.PersonalDataAudit audit)
{
    public int Capacity => options.Capacity;

    /// <summary>The month's plan, or null when 综合处 has not drafted one yet.</summary>
    public async Task<ConsultationSessionPlan?> PlanAsync(DateOnly sessionDate, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.ConsultationSessionPlans.AsNoTracking().SingleOrDefaultAsync(p => p.SessionDate == sessionDate, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The recorded credit code of a bound contact's enterprise, so the dialog need not ask for it again.</summary>
    public async Task<string?> EnterpriseCreditCodeAsync(int enterpriseId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.CreditCode).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Booking> CreateAsync(NewBooking form, CancellationToken cancellationToken)
    {
        await EnsurePlanAsync(form.SessionDate, cancellationToken).ConfigureAwait(false);
        var booking = new Booking
        {
            SessionDate = form.SessionDate,
            Status = BookingStatus.Pending,
            EnterpriseId = form.EnterpriseId,
            EnterpriseName = form.EnterpriseName,
            CreditCode = form.CreditCode,
            Address = form.Address,
            PostalCode = form.PostalCode,
            ContactName = form.ContactName,
            ProtectedIdNumber = form.ProtectedIdNumber,
            MaskedIdNumber = form.MaskedIdNumber,
            Phone = form.Phone,
            Email = form.Email,
            Question = form.Question,
            ChannelId = form.ChannelId,
            UserId = form.UserId,
            CreatedAt = time.GetUtcNow(),
        };
        // A retry of the confirming message (another host, after a crash or a database restart) gets this booking back.
        var id = await TurnEffects.CreateOnceAsync(contexts, time, TurnEffects.Booking, async (db, ct) =>
        {
            db.Bookings.Add(booking);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return booking.Id;
        }, cancellationToken).ConfigureAwait(false);
        return id == booking.Id ? booking : (await FindAsync((int)id, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Bookings of this enterprise (for a bound contact) or of this chat account, newest session first.</summary>
    public async Task<IReadOnlyList<Booking>> MineAsync(int? enterpriseId, string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await Own(db, enterpriseId, channelId, userId)
            .OrderByDescending(b => b.SessionDate).ThenByDescending(b => b.Id)
            .AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Cancels one of the caller's own bookings; a confirmed booking gives its seat back in the same transaction.
    /// </summary>
    /// <returns>The cancelled booking, or null when it is not the caller's or cannot be cancelled any more.</returns>
    public async Task<Booking?> CancelAsync(int bookingId, int? enterpriseId, string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var booking = await Own(db, enterpriseId, channelId, userId).SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken).ConfigureAwait(false);
        // A booking can be cancelled until its session opens (08:30 on the 10th, Asia/Shanghai), not once it is under way.
        if (booking is null || !IsActive(booking.Status) || Time.BureauTime.At(booking.SessionDate, ConsultationSchedule.Opens) <= time.GetUtcNow())
        {
            return null;
        }
        var hadSeat = booking.Status == BookingStatus.Confirmed;
        booking.Status = BookingStatus.Cancelled;
        booking.DecidedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (hadSeat)
        {
            await db.ConsultationSessionPlans.Where(p => p.SessionDate == booking.SessionDate && p.ConfirmedSeats > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ConfirmedSeats, p => p.ConfirmedSeats - 1), cancellationToken).ConfigureAwait(false);
        }
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return booking;
    }

    /// <summary>
    /// 综合处 confirms a seat (DOMAIN.md §1: at most <see cref="Capacity"/> enterprises per session). The seat is taken
    /// by one conditional update of the session's counter (<c>ConfirmedSeats &lt; Capacity</c>) and the booking moves
    /// from Pending by another, both in one transaction: two reviewers confirming the last seat at once cannot make
    /// one more than the capacity, on SQLite (one writer) or PostgreSQL (row lock, re-checked WHERE).
    /// </summary>
    public async Task<(SeatOutcome Outcome, Booking? Booking, int ConfirmedSeats)> ConfirmSeatAsync(int bookingId, int reviewerPersonId, CancellationToken cancellationToken)
    {
        var found = await FindAsync(bookingId, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return (SeatOutcome.NotFound, null, 0);
        }
        await EnsurePlanAsync(found.SessionDate, cancellationToken).ConfigureAwait(false);

        await using var db = contexts.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var claimed = await db.Bookings
            .Where(b => b.Id == bookingId && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Waitlisted))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Confirmed).SetProperty(b => b.DecidedAt, now).SetProperty(b => b.DecidedByPersonId, reviewerPersonId), cancellationToken)
            .ConfigureAwait(false);
        if (claimed == 0)
        {
            await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
            var current = await FindAsync(bookingId, cancellationToken).ConfigureAwait(false);
            return (current?.Status == BookingStatus.Confirmed ? SeatOutcome.AlreadyConfirmed : SeatOutcome.NotPending, current, await SeatsAsync(found.SessionDate, cancellationToken).ConfigureAwait(false));
        }
        var capacity = options.Capacity;
        var seat = await db.ConsultationSessionPlans
            .Where(p => p.SessionDate == found.SessionDate && p.ConfirmedSeats < capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ConfirmedSeats, p => p.ConfirmedSeats + 1), cancellationToken)
            .ConfigureAwait(false);
        if (seat == 0)
        {
            await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return (SeatOutcome.Full, found, capacity);
        }
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        var confirmed = await FindAsync(bookingId, cancellationToken).ConfigureAwait(false);
        return (SeatOutcome.Confirmed, confirmed, await SeatsAsync(found.SessionDate, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// 综合处's initial review rejects an out-of-scope request (DOMAIN.md §1: 信访、投诉、重复事项) with the reason the
    /// enterprise is told. Only a Pending or Waitlisted booking can be rejected; returns null otherwise.
    /// </summary>
    public async Task<Booking?> RejectAsync(int bookingId, int reviewerPersonId, string reason, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var now = time.GetUtcNow();
        var changed = await db.Bookings
            .Where(b => b.Id == bookingId && (b.Status == BookingStatus.Pending || b.Status == BookingStatus.Waitlisted))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Rejected).SetProperty(b => b.Reason, reason)
                .SetProperty(b => b.DecidedAt, now).SetProperty(b => b.DecidedByPersonId, reviewerPersonId), cancellationToken)
            .ConfigureAwait(false);
        return changed == 0 ? null : await FindAsync(bookingId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The full ID number, for 综合处 only (DOMAIN.md §1); each reveal is recorded in <c>personal_data_access</c>.
    /// Returns null for anyone else, or for an unknown booking.
    /// </summary>
    public async Task<string?> RevealIdNumberAsync(int bookingId, UserIdentity viewer, string purpose, CancellationToken cancellationToken)
    {
        if (!viewer.Has(Role.GeneralReviewer) || viewer.PersonId is not { } personId)
        {
            return null;
        }
        await using var db = contexts.CreateDbContext();
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken).ConfigureAwait(false);
        if (booking is null)
        {
            return null;
        }
        // Unsealed before it is recorded: a number that cannot be read (lost keys) was not seen.
        var idNumber = protector.Unprotect(booking.ProtectedIdNumber);
        await audit.RecordIdNumberAsync(personId, bookingId, purpose, cancellationToken).ConfigureAwait(false);
        return idNumber;
    }

    /// <summary>The chat accounts of 综合处's reviewers (Role.GeneralReviewer), to tell them about a cancellation.</summary>
    public async Task<IReadOnlyList<(string ChannelId, string UserId)>> ReviewerAccountsAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var reviewers = db.PersonRoles.Where(r => r.Role == Role.GeneralReviewer).Select(r => r.PersonId);
        var accounts = await db.ChannelIdentities.Where(i => i.PersonId != null && reviewers.Contains(i.PersonId.Value))
            .Select(i => new { i.ChannelId, i.UserId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return accounts.Select(a => (a.ChannelId, a.UserId)).ToList();
    }

    public async Task<Booking?> FindAsync(int bookingId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> SeatsAsync(DateOnly sessionDate, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.ConsultationSessionPlans.Where(p => p.SessionDate == sessionDate).Select(p => p.ConfirmedSeats).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public static bool IsActive(BookingStatus status) => status is BookingStatus.Pending or BookingStatus.Confirmed or BookingStatus.Waitlisted;

    private static IQueryable<Booking> Own(EnvBotDbContext db, int? enterpriseId, string channelId, string userId) =>
        enterpriseId is { } id
            ? db.Bookings.Where(b => b.EnterpriseId == id || (b.ChannelId == channelId && b.UserId == userId))
            : db.Bookings.Where(b => b.ChannelId == channelId && b.UserId == userId);

    /// <summary>Creates the session's plan row (unannounced, no seats) if missing; a concurrent creator wins harmlessly.</summary>
    private async Task EnsurePlanAsync(DateOnly sessionDate, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (await db.ConsultationSessionPlans.AnyAsync(p => p.SessionDate == sessionDate, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        db.ConsultationSessionPlans.Add(new ConsultationSessionPlan { SessionDate = sessionDate });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Someone else may have created it between the check and the insert (unique index on SessionDate).
            if (!await PlanExistsAsync(sessionDate, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
        }
    }

    private async Task<bool> PlanExistsAsync(DateOnly sessionDate, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.ConsultationSessionPlans.AnyAsync(p => p.SessionDate == sessionDate, cancellationToken).ConfigureAwait(false);
    }
}
