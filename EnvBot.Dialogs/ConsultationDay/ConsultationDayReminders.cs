using System.Globalization;
using EnvBot.Data.ConsultationDay;
using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Time;

namespace EnvBot.Dialogs.ConsultationDay;

/// <summary>
/// What the daily consultation-day job does (issue 7): three days before booking closes, remind accounts that began a
/// booking and did not submit it; on the 1st, send 综合处 the month's list to finalise; the day before the session,
/// remind each confirmed enterprise. Everything goes through the outbox with one idempotency key per booking (or
/// account) and session, so running the job twice on a day — or on every day — sends each reminder once.
/// </summary>
public sealed class ConsultationDayReminders(BookingService bookings, BookingReviewService review, SessionPlanService plans, BookingMessenger messenger)
{
    /// <summary>Days before the close of booking (00:00 on the 1st) when an unfinished booking is reminded.</summary>
    public const int DraftReminderDays = 3;

    /// <returns>How many reminders were queued.</returns>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(BureauTime.ToBureau(now).DateTime);
        var queued = 0;

        // Booking for next month's session closes at 00:00 on the 1st: "three days before" is the day three days earlier.
        var nextMonth = today.AddMonths(1);
        var closing = ConsultationSchedule.SessionIn(nextMonth.Year, nextMonth.Month);
        if (today == new DateOnly(nextMonth.Year, nextMonth.Month, 1).AddDays(-DraftReminderDays))
        {
            foreach (var draft in await review.UnfinishedDraftsAsync(closing.Date, cancellationToken).ConfigureAwait(false))
            {
                if (await messenger.TellAsync(draft.ChannelId, draft.ConversationId, draft.UserId, Key("cd-draft", closing.Date, draft.Id), ReviewReplies.DraftReminder(closing.Date), cancellationToken).ConfigureAwait(false))
                {
                    queued++;
                }
            }
        }

        // This month's session: booking closed at 00:00 today; 综合处 finalises who comes (≤ capacity).
        var thisMonth = ConsultationSchedule.SessionIn(today.Year, today.Month);
        if (today.Day == 1)
        {
            var list = await review.SessionAsync(thisMonth.Date, cancellationToken).ConfigureAwait(false);
            var text = ReviewReplies.FinaliseReminder(thisMonth.Date, list, bookings.Capacity);
            foreach (var (channelId, userId) in await plans.StaffAccountsAsync(Role.GeneralReviewer, cancellationToken).ConfigureAwait(false))
            {
                if (await messenger.TellAsync(channelId, userId, Key("cd-finalise", thisMonth.Date, 0), text, cancellationToken).ConfigureAwait(false))
                {
                    queued++;
                }
            }
        }

        if (today == thisMonth.Date.AddDays(-1))
        {
            var plan = await bookings.PlanAsync(thisMonth.Date, cancellationToken).ConfigureAwait(false);
            foreach (var booking in (await review.SessionAsync(thisMonth.Date, cancellationToken).ConfigureAwait(false)).Where(b => b.Status == BookingStatus.Confirmed))
            {
                if (await messenger.TellAsync(booking.ChannelId, booking.UserId, Key("cd-eve", thisMonth.Date, booking.Id), ReviewReplies.EveReminder(booking, plan), cancellationToken).ConfigureAwait(false))
                {
                    queued++;
                }
            }
        }
        return queued;
    }

    private static string Key(string kind, DateOnly session, int id) => string.Create(CultureInfo.InvariantCulture, $"{kind}:{session:yyyyMMdd}:{id}");
}
