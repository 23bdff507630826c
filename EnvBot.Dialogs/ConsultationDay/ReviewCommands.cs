using System.Globalization;
using System.Text.RegularExpressions;
using EnvBot.Data.ConsultationDay;
using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Ledger;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Identity;
using EnvBot.Dialogs.Ledger;
using EnvBot.Dialogs.Main;

namespace EnvBot.Dialogs.ConsultationDay;

/// <summary>
/// 综合处's and the leader's consultation-day commands (DOMAIN.md §1, issue 7): the month's plan and its approval, the
/// review queue with routing suggestions, accepting a question into the ledger, rejecting (out of scope or a repeat),
/// confirming seats with the over-capacity path, and the day's list. Policies are in CommandPolicies.
/// </summary>
public sealed partial class ReviewCommands(
    BookingService bookings,
    BookingReviewService review,
    SessionPlanService plans,
    LedgerService ledger,
    LedgerNotifier notifier,
    IMatterRouter router,
    BookingMessenger messenger,
    TimeProvider time)
{
    public async Task<string> RunAsync(MainCommand command, string argument, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var identity = turnContext.Identity();
        return command switch
        {
            MainCommand.ProposePlan => await ProposeAsync(argument, identity, cancellationToken).ConfigureAwait(false),
            MainCommand.ApprovePlan => await ApproveAsync(argument, identity, cancellationToken).ConfigureAwait(false),
            MainCommand.ReviewQueue => await QueueAsync(cancellationToken).ConfigureAwait(false),
            MainCommand.AcceptBooking => await AcceptAsync(argument, identity, cancellationToken).ConfigureAwait(false),
            MainCommand.RepeatBooking => await RepeatAsync(argument, identity, cancellationToken).ConfigureAwait(false),
            MainCommand.RejectBooking => await RejectAsync(argument, identity, cancellationToken).ConfigureAwait(false),
            MainCommand.ConfirmSeat => await ConfirmSeatAsync(argument, identity, cancellationToken).ConfigureAwait(false),
            MainCommand.SessionList => await DayListAsync(argument, cancellationToken).ConfigureAwait(false),
            _ => MainReplies.NotUnderstood,
        };
    }

    private async Task<string> ProposeAsync(string argument, UserIdentity identity, CancellationToken cancellationToken)
    {
        var session = SessionFor(argument, out var rest);
        var theme = ThemePattern().Match(rest) is { Success: true } t ? t.Groups[1].Value.Trim() : null;
        var location = LocationPattern().Match(rest) is { Success: true } l ? l.Groups[1].Value.Trim() : null;
        if (theme is null && location is null)
        {
            var current = await bookings.PlanAsync(session, cancellationToken).ConfigureAwait(false);
            return current is null ? ReviewReplies.PlanUsage : ReviewReplies.Plan(current) + "\n\n" + ReviewReplies.PlanUsage;
        }
        if (identity.PersonId is not { } reviewer)
        {
            return ReviewReplies.PlanUsage;
        }
        var plan = await plans.ProposeAsync(session, Trim(theme, 256), Trim(location, 256), reviewer, cancellationToken).ConfigureAwait(false);
        if (plan.Theme is not null && plan.Location is not null)
        {
            var stamp = plan.ProposedAt!.Value.UtcTicks.ToString(CultureInfo.InvariantCulture);
            foreach (var (channelId, userId) in await plans.StaffAccountsAsync(Role.Leader, cancellationToken).ConfigureAwait(false))
            {
                await messenger.TellAsync(channelId, userId, $"cd-plan-proposed:{session:yyyyMMdd}:{stamp}", ReviewReplies.PlanForLeaders(plan), cancellationToken).ConfigureAwait(false);
            }
        }
        return ReviewReplies.PlanProposed(plan);
    }

    private async Task<string> ApproveAsync(string argument, UserIdentity identity, CancellationToken cancellationToken)
    {
        var session = SessionFor(argument, out _);
        var (plan, already) = await plans.ApproveAsync(session, identity.PersonId!.Value, cancellationToken).ConfigureAwait(false);
        if (plan?.ApprovedAt is null)
        {
            return ReviewReplies.ApproveNothing;
        }
        if (already)
        {
            return ReviewReplies.PlanAlreadyApproved(plan);
        }
        // Announced to the enterprises only now (seed 003: 月初公布主题和地点, after the leader's approval).
        var told = 0;
        var stamp = plan.ApprovedAt.Value.UtcTicks.ToString(CultureInfo.InvariantCulture);
        foreach (var (channelId, userId) in await plans.EnterpriseAccountsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await messenger.TellAsync(channelId, userId, $"cd-plan:{session:yyyyMMdd}:{stamp}", ReviewReplies.PlanAnnouncement(plan), cancellationToken).ConfigureAwait(false))
            {
                told++;
            }
        }
        return ReviewReplies.PlanApproved(plan, told);
    }

    private async Task<string> QueueAsync(CancellationToken cancellationToken)
    {
        var queue = await review.QueueAsync(cancellationToken).ConfigureAwait(false);
        if (queue.Count == 0)
        {
            return ReviewReplies.QueueEmpty;
        }
        return ReviewReplies.Queue(queue.Select(b => (b, b.MatterId is null ? router.Route(b.Question) : null)).ToList());
    }

    /// <summary>
    /// Accept: the question becomes a ledger matter assigned to the responsible department (DOMAIN.md §1, §3), the
    /// department is told in its channel and the enterprise in its own chat.
    /// </summary>
    private async Task<string> AcceptAsync(string argument, UserIdentity identity, CancellationToken cancellationToken)
    {
        if (!TryId(argument, out var id))
        {
            return ReviewReplies.AcceptUsage;
        }
        var booking = await bookings.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (booking is null)
        {
            return BookingReplies.SeatNotFound(id);
        }
        if (booking.MatterId is not null)
        {
            return ReviewReplies.AlreadyAccepted(booking);
        }
        if (!BookingService.IsActive(booking.Status))
        {
            return BookingReplies.SeatNotPending(booking);
        }
        var conversationId = await messenger.ConversationOfAsync(booking.ChannelId, booking.UserId, cancellationToken).ConfigureAwait(false);
        var result = await review.AcceptIntoLedgerAsync(
            id,
            new NewMatter(booking.EnterpriseId, booking.EnterpriseName, booking.Question, MatterSources.ConsultationBooking, MatterKinds.Question, booking.ChannelId, conversationId, booking.UserId),
            identity.PersonName ?? "综合处", cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            // A second reviewer accepted the same booking at the same moment (or it was decided meanwhile): nothing
            // was written for this press, and the answer names the matter that counts.
            var current = (await bookings.FindAsync(id, cancellationToken).ConfigureAwait(false))!;
            return current.MatterId is not null ? ReviewReplies.AlreadyAccepted(current) : BookingReplies.SeatNotPending(current);
        }
        await notifier.NewMatterAsync(result.Matter!, result.Event!, cancellationToken).ConfigureAwait(false);
        await messenger.TellAsync(booking.ChannelId, booking.UserId, $"booking-accepted:{id}", ReviewReplies.AcceptedForEnterprise(booking, result.DepartmentName!), cancellationToken).ConfigureAwait(false);
        return ReviewReplies.Accepted(booking, result.Matter!, result.DepartmentName!, result.Event!.Reason);
    }

    /// <summary>A repeat of an answered question (重复事项) is out of scope: rejected, with the earlier answer linked.</summary>
    private async Task<string> RepeatAsync(string argument, UserIdentity identity, CancellationToken cancellationToken)
    {
        var parts = argument.Split([' ', '\u3000', '，', ','], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !TryId(parts[0], out var id) || !TryId(parts[^1].Replace("事项", "", StringComparison.Ordinal), out var matterId) || identity.PersonId is not { } reviewer)
        {
            return ReviewReplies.RepeatUsage;
        }
        var earlier = await ledger.FindAsync(matterId, cancellationToken).ConfigureAwait(false);
        if (earlier?.Answer is null)
        {
            return ReviewReplies.MatterNotAnswered(matterId);
        }
        var rejected = await review.RejectAsRepeatAsync(id, matterId, ReviewReplies.RepeatReason(earlier), reviewer, cancellationToken).ConfigureAwait(false);
        if (rejected is null)
        {
            return await bookings.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } current
                ? current.MatterId is not null ? ReviewReplies.AlreadyAccepted(current) : BookingReplies.SeatNotPending(current)
                : BookingReplies.SeatNotFound(id);
        }
        var informed = await messenger.TellAsync(rejected.ChannelId, rejected.UserId, $"booking-repeat:{id}", ReviewReplies.RepeatedForEnterprise(rejected, earlier), cancellationToken).ConfigureAwait(false);
        return ReviewReplies.Repeated(rejected, earlier, informed);
    }

    private async Task<string> RejectAsync(string argument, UserIdentity identity, CancellationToken cancellationToken)
    {
        var parts = argument.Split([' ', '\u3000', '，', ',', '：', ':'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || !TryId(parts[0], out var id) || identity.PersonId is not { } reviewer)
        {
            return BookingReplies.RejectUsage;
        }
        var rejected = await bookings.RejectAsync(id, reviewer, parts[1], cancellationToken).ConfigureAwait(false);
        if (rejected is null)
        {
            return await bookings.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } current
                ? BookingReplies.SeatNotPending(current)
                : BookingReplies.SeatNotFound(id);
        }
        var informed = await messenger.TellAsync(rejected.ChannelId, rejected.UserId, $"booking-rejected:{rejected.Id}", BookingReplies.RejectedForEnterprise(rejected), cancellationToken).ConfigureAwait(false);
        return BookingReplies.Rejected(rejected, informed);
    }

    /// <summary>
    /// DOMAIN.md §1: at most <see cref="BookingService.Capacity"/> seats; the enterprise is told either way. Beyond the
    /// limit the booking becomes 名额已满: a written reply through the ledger, and priority next month if it asks.
    /// </summary>
    private async Task<string> ConfirmSeatAsync(string argument, UserIdentity identity, CancellationToken cancellationToken)
    {
        if (!TryId(argument, out var id) || identity.PersonId is not { } reviewer)
        {
            return BookingReplies.ConfirmSeatUsage;
        }
        var (outcome, booking, seats) = await bookings.ConfirmSeatAsync(id, reviewer, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case SeatOutcome.Confirmed:
                var plan = await bookings.PlanAsync(booking!.SessionDate, cancellationToken).ConfigureAwait(false);
                await messenger.TellAsync(booking.ChannelId, booking.UserId, $"booking-seat:{id}", ReviewReplies.SeatConfirmedForEnterprise(booking, plan), cancellationToken).ConfigureAwait(false);
                return BookingReplies.SeatConfirmed(booking, seats, bookings.Capacity);
            case SeatOutcome.Full:
                if (await review.WaitlistAsync(id, reviewer, cancellationToken).ConfigureAwait(false))
                {
                    await messenger.TellAsync(booking!.ChannelId, booking.UserId, $"booking-waitlisted:{id}", ReviewReplies.WaitlistedForEnterprise(booking), cancellationToken).ConfigureAwait(false);
                }
                return ReviewReplies.Waitlisted(booking!, bookings.Capacity);
            case SeatOutcome.AlreadyConfirmed:
                return BookingReplies.SeatAlreadyConfirmed(booking!);
            case SeatOutcome.NotPending when booking is not null:
                return BookingReplies.SeatNotPending(booking);
            default:
                return BookingReplies.SeatNotFound(id);
        }
    }

    private async Task<string> DayListAsync(string argument, CancellationToken cancellationToken)
    {
        var session = SessionFor(argument, out _);
        var plan = await bookings.PlanAsync(session, cancellationToken).ConfigureAwait(false);
        return ReviewReplies.DayList(session, plan, await review.SessionAsync(session, cancellationToken).ConfigureAwait(false), bookings.Capacity);
    }

    /// <summary>"12月 …" names the session of that month (this year's, or next year's once it is past); otherwise the next session.</summary>
    private DateOnly SessionFor(string argument, out string rest)
    {
        var match = MonthPattern().Match(argument);
        rest = match.Success ? argument[match.Length..] : argument;
        var next = Data.Domain.ConsultationDay.ConsultationSchedule.NextSession(time.GetUtcNow()).Date;
        if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return next;
        }
        var date = new DateOnly(next.Year, month, ConsultationSchedule.SessionDay);
        return date < next ? date.AddYears(1) : date;
    }

    private static string? Trim(string? text, int max) => text is null ? null : text.Length <= max ? text : text[..max];

    private static bool TryId(string argument, out int id) =>
        int.TryParse(argument.Trim().TrimStart('#', '＃'), NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    [GeneratedRegex(@"^\s*(\d{1,2})\s*月(?:份)?\s*")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"主题\s*[:：]?\s*(.+?)\s*(?=[，,；;。]?\s*地点|$)")]
    private static partial Regex ThemePattern();

    [GeneratedRegex(@"地点\s*[:：]?\s*(.+?)\s*(?=[，,；;。]?\s*主题|[。]?\s*$)")]
    private static partial Regex LocationPattern();
}
