using System.Globalization;
using EnvBot.Data.ConsultationDay;
using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Identity;
using EnvBot.Dialogs.Main;

namespace EnvBot.Dialogs.ConsultationDay;

/// <summary>
/// The enterprise's one-turn booking commands (issue 7): 咨询日安排, 我的预约, 取消预约 [编号], 顺延预约 编号 (priority at
/// the next session after a full one), 评价预约 编号 分数 评语. Ownership is checked by the services.
/// </summary>
public sealed class BookingCommands(BookingService bookings, BookingReviewService review, TimeProvider time, BookingMessenger messenger)
{
    public async Task<string> RunAsync(MainCommand command, string argument, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var identity = turnContext.Identity();
        var channelId = turnContext.Activity.ChannelId ?? "";
        var userId = turnContext.Activity.From?.Id ?? "";
        switch (command)
        {
            case MainCommand.ConsultationDay:
                var now = time.GetUtcNow();
                var next = ConsultationSchedule.NextSession(now);
                var plan = await bookings.PlanAsync(next.Date, cancellationToken).ConfigureAwait(false);
                // Theme and location only once a leader approved them (seed 003).
                return MainReplies.ConsultationDay(next, ConsultationSchedule.NextBookableSession(now)) +
                       (plan is { IsAnnounced: true } ? $"\n\n本场主题：{plan.Theme}；地点：{plan.Location}。" : "");

            case MainCommand.MyBookings:
                var mine = await bookings.MineAsync(identity.EnterpriseId, channelId, userId, cancellationToken).ConfigureAwait(false);
                return mine.Count == 0 ? BookingReplies.NoBookings : BookingReplies.Mine(mine, ConsultationSchedule.LastEndedSessionDay(time.GetUtcNow()));

            case MainCommand.CancelBooking:
                return await CancelAsync(argument, identity.EnterpriseId, channelId, userId, cancellationToken).ConfigureAwait(false);

            case MainCommand.CarryOverBooking:
                if (!TryId(argument, out var carryId))
                {
                    return BookingReplies.CarryOverUsage;
                }
                var carried = await review.CarryOverAsync(carryId, identity.EnterpriseId, channelId, userId, cancellationToken).ConfigureAwait(false);
                if (carried is null)
                {
                    return BookingReplies.CannotCarryOver(carryId);
                }
                foreach (var (reviewerChannel, reviewerUser) in await bookings.ReviewerAccountsAsync(cancellationToken).ConfigureAwait(false))
                {
                    await messenger.TellAsync(reviewerChannel, reviewerUser, $"booking-carried:{carried.Id}", BookingReplies.CarriedForReviewers(carried), cancellationToken).ConfigureAwait(false);
                }
                return BookingReplies.CarriedOver(carried);

            case MainCommand.RateBooking:
                var parts = argument.Split([' ', '\u3000', '，', ',', '：', ':'], 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (parts.Length < 2 || !TryId(parts[0], out var rateId) || !TryRating(parts[1], out var rating))
                {
                    return BookingReplies.RateUsage;
                }
                var comment = parts.Length > 2 ? parts[2][..Math.Min(parts[2].Length, 1000)] : null;
                var rated = await review.RateAsync(rateId, rating, comment, identity.EnterpriseId, channelId, userId, cancellationToken).ConfigureAwait(false);
                return rated is null ? BookingReplies.CannotRate(rateId) : BookingReplies.Rated(rated);

            default:
                return MainReplies.NotUnderstood;
        }
    }

    private async Task<string> CancelAsync(string argument, int? enterpriseId, string channelId, string userId, CancellationToken cancellationToken)
    {
        int bookingId;
        if (TryId(argument, out var typed))
        {
            bookingId = typed;
        }
        else
        {
            var today = Data.Time.BureauTime.Today(time);
            var active = (await bookings.MineAsync(enterpriseId, channelId, userId, cancellationToken).ConfigureAwait(false))
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
        var cancelled = await bookings.CancelAsync(bookingId, enterpriseId, channelId, userId, cancellationToken).ConfigureAwait(false);
        if (cancelled is null)
        {
            return BookingReplies.NothingToCancel;
        }
        // Issue 7: cancelling "frees the seat and tells 综合处", through the outbox to each reviewer's latest 1:1 chat.
        var told = 0;
        foreach (var (reviewerChannel, reviewerUser) in await bookings.ReviewerAccountsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await messenger.TellAsync(reviewerChannel, reviewerUser, $"booking-cancelled:{cancelled.Id}", BookingReplies.CancelledForReviewers(cancelled), cancellationToken).ConfigureAwait(false))
            {
                told++;
            }
        }
        return BookingReplies.Cancelled(cancelled, told);
    }

    /// <summary>1–5, as a digit (half- or full-width) or a Chinese numeral, optionally followed by 分 or 星.</summary>
    private static bool TryRating(string text, out int rating)
    {
        var t = text.Normalize(System.Text.NormalizationForm.FormKC).TrimEnd('分', '星');
        rating = t switch { "一" => 1, "二" or "两" => 2, "三" => 3, "四" => 4, "五" => 5, _ => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0 };
        return rating is >= 1 and <= 5;
    }

    private static bool TryId(string argument, out int id) =>
        int.TryParse(argument.Trim().TrimStart('#', '＃'), NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
}
