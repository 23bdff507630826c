using System.Globalization;
using System.Text.RegularExpressions;
using EnvBot.Data.Domain.Notices;
using EnvBot.Data.Identity;
using EnvBot.Data.Notices;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Identity;
using EnvBot.Dialogs.Main;

namespace EnvBot.Dialogs.Notices;

/// <summary>
/// The chat side of notices (送政策): 发通知 (a draft with its recipient count), 确认通知 N (schedules it), 通知回执 N
/// (who received, who acknowledged, who is to be phoned) for staff; 已阅 [N] for the enterprise.
/// </summary>
public sealed partial class NoticeCommands(NoticeService notices, NoticeDispatchService dispatch, IdentityService identities, NoticeOptions options, TimeProvider time)
{
    /// <returns>The reply and, where the next step is a button, its buttons (null: the usual menu).</returns>
    public async Task<(string Text, IReadOnlyList<CardAction>? Buttons)> RunAsync(MainCommand command, string argument, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var identity = turnContext.Identity();
        switch (command)
        {
            case MainCommand.ComposeNotice:
                return await ComposeAsync(argument, identity, cancellationToken).ConfigureAwait(false);
            case MainCommand.AcknowledgeNotice:
                var number = Number().Match(argument);
                var by = identity.PersonName ?? identity.EnterpriseName ?? turnContext.Activity.From?.Name ?? "";
                var (outcome, notice) = await notices.AcknowledgeAsync(identity.EnterpriseId!.Value, number.Success ? int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture) : null, by, cancellationToken).ConfigureAwait(false);
                return (outcome switch
                {
                    NoticeOutcome.Applied => NoticeReplies.Acknowledged(notice!),
                    NoticeOutcome.AlreadyDone => NoticeReplies.AlreadyAcknowledged(notice!),
                    _ => NoticeReplies.NothingToAcknowledge,
                }, null);
        }
        var id = Number().Match(argument);
        if (!id.Success)
        {
            return (command == MainCommand.ConfirmNotice ? NoticeReplies.ConfirmUsage : NoticeReplies.ReceiptUsage, null);
        }
        var noticeId = int.Parse(id.Groups[1].Value, CultureInfo.InvariantCulture);
        if (command == MainCommand.NoticeReceipt)
        {
            return (await notices.ReceiptAsync(noticeId, cancellationToken).ConfigureAwait(false) is { } found ? NoticeReplies.Receipt(found) : NoticeReplies.NotFound(noticeId), null);
        }
        var (confirmed, confirmedNotice) = await notices.ConfirmAsync(noticeId, identity.PersonId!.Value, cancellationToken).ConfigureAwait(false);
        switch (confirmed)
        {
            case NoticeOutcome.Applied:
                var now = time.GetUtcNow();
                var immediate = confirmedNotice!.ScheduledAt <= now;
                if (immediate)
                {
                    // Sent now rather than at the job's next minute; quiet hours still hold it in the outbox.
                    await dispatch.RunAsync(now, cancellationToken).ConfigureAwait(false);
                }
                return (NoticeReplies.Confirmed(confirmedNotice, immediate), null);
            case NoticeOutcome.AlreadyDone:
                return (NoticeReplies.AlreadyConfirmed(noticeId), null);
            case NoticeOutcome.NotYours:
                return (NoticeReplies.NotYours(noticeId), null);
            default:
                return (NoticeReplies.NotFound(noticeId), null);
        }
    }

    private async Task<(string, IReadOnlyList<CardAction>?)> ComposeAsync(string argument, Data.Domain.People.UserIdentity identity, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            return (NoticeReplies.ComposeUsage, null);
        }
        var now = time.GetUtcNow();
        var (draft, problem) = NoticeParser.Parse(argument, now);
        if (draft is null)
        {
            return (problem!, null);
        }
        var bureauId = await identities.BureauIdAsync(ReferenceData.BureauCode, cancellationToken).ConfigureAwait(false);
        var recipients = await notices.RecipientsAsync(bureauId, draft.Notice.Target, cancellationToken).ConfigureAwait(false);
        if (recipients.Unmatched.Count > 0)
        {
            return (NoticeReplies.Unmatched(recipients.Unmatched), null);
        }
        if (recipients.Enterprises.Count == 0)
        {
            return (NoticeReplies.NoRecipients(draft.TargetText), null);
        }
        var notice = await notices.CreateDraftAsync(bureauId, identity.PersonId!.Value, identity.PersonName ?? "", draft.Notice, recipients.Enterprises, cancellationToken).ConfigureAwait(false);
        var unreachable = 0;
        foreach (var e in recipients.Enterprises)
        {
            if ((await identities.EnterpriseAccountsAsync(e.Id, cancellationToken).ConfigureAwait(false)).Count == 0)
            {
                unreachable++;
            }
        }
        var sendAt = options.QuietHours.SendableAt(notice.ScheduledAt);
        return (NoticeReplies.Preview(notice, draft.TargetText, unreachable, draft.Immediate, sendAt), [CardAction.ImBack(NoticeReplies.ConfirmButton(notice.Id))]);
    }

    [GeneratedRegex(@"#?\s*(\d+)")]
    private static partial Regex Number();
}
