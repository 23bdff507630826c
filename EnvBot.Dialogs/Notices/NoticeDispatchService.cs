using System.Globalization;
using EnvBot.Data.Domain.Calendar;
using EnvBot.Data.Domain.Notices;
using EnvBot.Data.Notices;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Ledger;
using EnvBot.Dialogs.Proactive;

namespace EnvBot.Dialogs.Notices;

/// <summary>
/// What the notice job does each minute, given <c>now</c> (tests call it with a fake clock): sends confirmed notices
/// whose time has come, reminds enterprises that have not acknowledged within the allowed working days (once), and
/// lists those still silent after the reminder for a phone call, telling the author. Nothing reaches an enterprise in
/// quiet hours: the outbox holds it until they end (issue 10).
/// </summary>
public sealed class NoticeDispatchService(NoticeService notices, EnvBot.Data.Identity.IdentityService identities, ProactiveOutbox outbox, LedgerNotifier notifier, NoticeOptions options)
{
    public static WorkingDayCalendar Calendar => WorkingDayCalendar.China;

    /// <returns>Notices sent, reminders queued, enterprises listed for a call.</returns>
    public async Task<(int Sent, int Reminded, int Listed)> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        now = now.ToUniversalTime();
        var sendAt = options.QuietHours.SendableAt(now).ToUniversalTime();
        var sent = 0;
        foreach (var notice in await notices.DueAsync(now, cancellationToken).ConfigureAwait(false))
        {
            var accounts = new Dictionary<int, int>();
            foreach (var d in notice.Deliveries)
            {
                accounts[d.Id] = await TellEnterpriseAsync(notice, d.EnterpriseId, NoticeService.DeliveryKey(notice.Id, d.EnterpriseId), NoticeReplies.ToEnterprise(notice), sendAt, cancellationToken).ConfigureAwait(false);
            }
            if (await notices.MarkDispatchedAsync(notice.Id, accounts, now, cancellationToken).ConfigureAwait(false))
            {
                sent++;
            }
        }

        await notices.RecordSentTimesAsync(cancellationToken).ConfigureAwait(false);
        var reminded = 0;
        var listed = new List<(Notice Notice, NoticeDelivery Delivery)>();
        foreach (var (notice, d) in await notices.OpenDeliveriesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (NoticeRules.ReminderDue(d, now, options, Calendar))
            {
                // Queued first (idempotent key), then marked: a crash between the two re-queues nothing new.
                await TellEnterpriseAsync(notice, d.EnterpriseId, NoticeService.ReminderKey(notice.Id, d.EnterpriseId), NoticeReplies.Reminder(notice), sendAt, cancellationToken).ConfigureAwait(false);
                if (await notices.MarkRemindedAsync(d.Id, now, cancellationToken).ConfigureAwait(false))
                {
                    reminded++;
                }
            }
            else if (NoticeRules.CallDue(d, now, options, Calendar) && await notices.MarkListedForCallAsync(d.Id, now, cancellationToken).ConfigureAwait(false))
            {
                listed.Add((notice, d));
            }
        }
        foreach (var group in listed.GroupBy(x => x.Notice.Id))
        {
            var notice = group.First().Notice;
            var key = string.Create(CultureInfo.InvariantCulture, $"notice-calls:{notice.Id}:{group.Min(x => x.Delivery.Id)}:{group.Count()}");
            await notifier.ToPersonAsync(notice.AuthorPersonId, key, NoticeReplies.CallListToAuthor(notice, group.Select(x => x.Delivery.EnterpriseName)), cancellationToken).ConfigureAwait(false);
        }
        return (sent, reminded, listed.Count);
    }

    /// <returns>How many of the enterprise's accounts it was queued to (already queued counts: a re-run).</returns>
    private async Task<int> TellEnterpriseAsync(Notice notice, int enterpriseId, string key, string text, DateTimeOffset sendAt, CancellationToken cancellationToken)
    {
        var told = 0;
        foreach (var (channelId, userId) in await identities.EnterpriseAccountsAsync(enterpriseId, cancellationToken).ConfigureAwait(false))
        {
            var activity = Activity.CreateMessage(text);
            activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(NoticeReplies.AcknowledgeButton, NoticeReplies.AcknowledgeText(notice.Id))] };
            if (await outbox.TellAccountAsync(channelId, userId, key, activity, sendAt, cancellationToken).ConfigureAwait(false) != TellResult.NoConversation)
            {
                told++;
            }
        }
        return told;
    }
}
