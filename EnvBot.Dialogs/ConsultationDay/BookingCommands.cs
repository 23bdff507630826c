using EnvBot.Data.ConsultationDay;
using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Persistence.Storage;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Proactive;
using EnvBot.Dialogs.Identity;
using EnvBot.Dialogs.Main;

namespace EnvBot.Dialogs.ConsultationDay;

/// <summary>The one-turn booking commands (issue 7): 我的预约, 取消预约 [编号], and 综合处's 确认席位 编号.</summary>
public sealed class BookingCommands(BookingService bookings, TimeProvider time, ConversationReferenceStore references, ProactiveOutbox outbox)
{
    public async Task<string> RunAsync(MainCommand command, string argument, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var identity = turnContext.Identity();
        var channelId = turnContext.Activity.ChannelId ?? "";
        var userId = turnContext.Activity.From?.Id ?? "";
        switch (command)
        {
            case MainCommand.MyBookings:
                var mine = await bookings.MineAsync(identity.EnterpriseId, channelId, userId, cancellationToken).ConfigureAwait(false);
                return mine.Count == 0 ? BookingReplies.NoBookings : BookingReplies.Mine(mine);

            case MainCommand.CancelBooking:
                int bookingId;
                if (TryId(argument, out var typed))
                {
                    bookingId = typed;
                }
                else
                {
                    var today = Data.Time.BureauTime.Today(time);
                    var active = (await bookings.MineAsync(identity.EnterpriseId, channelId, userId, cancellationToken).ConfigureAwait(false))
                        .Where(b => BookingService.IsActive(b.Status) && b.SessionDate >= today).ToList();
                    if (active.Count == 0)
                    {
                        return BookingReplies.NothingToCancel;
                    }
                    if (active.Count > 1)
                    {
                        return BookingReplies.ChooseToCancel(active);
                    }
                    bookingId = active[0].Id;
                }
                var cancelled = await bookings.CancelAsync(bookingId, identity.EnterpriseId, channelId, userId, cancellationToken).ConfigureAwait(false);
                if (cancelled is null)
                {
                    return BookingReplies.NothingToCancel;
                }
                var told = await TellReviewersAsync(cancelled, cancellationToken).ConfigureAwait(false);
                return BookingReplies.Cancelled(cancelled, told);

            case MainCommand.ConfirmSeat:
                if (!TryId(argument, out var id) || identity.PersonId is not { } reviewer)
                {
                    return BookingReplies.ConfirmSeatUsage;
                }
                var (outcome, booking, seats) = await bookings.ConfirmSeatAsync(id, reviewer, cancellationToken).ConfigureAwait(false);
                return outcome switch
                {
                    SeatOutcome.Confirmed => BookingReplies.SeatConfirmed(booking!, seats, bookings.Capacity),
                    SeatOutcome.Full => BookingReplies.SeatFull(booking!, bookings.Capacity),
                    SeatOutcome.AlreadyConfirmed => BookingReplies.SeatAlreadyConfirmed(booking!),
                    SeatOutcome.NotPending when booking is not null => BookingReplies.SeatNotPending(booking),
                    _ => BookingReplies.SeatNotFound(id),
                };

            case MainCommand.RejectBooking:
                var parts = argument.Split([' ', '\u3000', '，', ',', '：', ':'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (parts.Length < 2 || !TryId(parts[0], out var rejectId) || identity.PersonId is not { } rejecter)
                {
                    return BookingReplies.RejectUsage;
                }
                var rejected = await bookings.RejectAsync(rejectId, rejecter, parts[1], cancellationToken).ConfigureAwait(false);
                if (rejected is null)
                {
                    return await bookings.FindAsync(rejectId, cancellationToken).ConfigureAwait(false) is { } current
                        ? BookingReplies.SeatNotPending(current)
                        : BookingReplies.SeatNotFound(rejectId);
                }
                var informed = await TellAsync(rejected.ChannelId, rejected.UserId, $"booking-rejected:{rejected.Id}", BookingReplies.RejectedForEnterprise(rejected), cancellationToken).ConfigureAwait(false);
                return BookingReplies.Rejected(rejected, informed);

            default:
                return MainReplies.NotUnderstood;
        }
    }

    /// <summary>
    /// Issue 7: cancelling "frees the seat and tells 综合处" — a proactive message (through the outbox, so it survives a
    /// restart) to the latest conversation of every reviewer who has talked to the bot. Returns how many were told.
    /// </summary>
    private async Task<int> TellReviewersAsync(Booking booking, CancellationToken cancellationToken)
    {
        var told = 0;
        foreach (var (channelId, userId) in await bookings.ReviewerAccountsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await TellAsync(channelId, userId, $"booking-cancelled:{booking.Id}", BookingReplies.CancelledForReviewers(booking), cancellationToken).ConfigureAwait(false))
            {
                told++;
            }
        }
        return told;
    }

    /// <summary>Queues a message to the account's latest 1:1 conversation; false when the bot has none to write to.</summary>
    private async Task<bool> TellAsync(string channelId, string userId, string key, string text, CancellationToken cancellationToken)
    {
        var reference = (await references.ForUserAsync(channelId, userId, cancellationToken).ConfigureAwait(false))
            .Where(r => !r.IsGroup).OrderByDescending(r => r.UpdatedAt).FirstOrDefault();
        if (reference is null)
        {
            return false;
        }
        await outbox.EnqueueAsync($"{key}:{channelId}:{userId}", channelId, reference.ConversationId, userId, Activity.CreateMessage(text), null, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static bool TryId(string argument, out int id) =>
        int.TryParse(argument.Trim().TrimStart('#', '＃'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id) && id > 0;
}
