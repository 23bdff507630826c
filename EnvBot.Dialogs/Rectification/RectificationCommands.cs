using System.Globalization;
using System.Text.RegularExpressions;
using EnvBot.Data.Domain.Rectification;
using EnvBot.Data.Rectification;
using EnvBot.Data.Time;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Identity;
using EnvBot.Dialogs.Ledger;
using EnvBot.Dialogs.Main;
using EnvBot.Dialogs.Proactive;
using EnvBot.Knowledge.Policy;

namespace EnvBot.Dialogs.Rectification;

/// <summary>
/// The chat side of health checks (seed 001/002): 体检记录 (guide), 整改回复 (enterprise), 整改通过 / 整改退回 (guide),
/// 整改清单 (enterprise). Rules and records live in <see cref="RectificationService"/>; this parses, calls, and tells
/// the other side through the outbox.
/// </summary>
public sealed partial class RectificationCommands(
    RectificationService rectification,
    Data.Identity.IdentityService identities,
    Lazy<PolicySearch> policies,
    ProactiveOutbox outbox,
    LedgerNotifier notifier,
    TimeProvider time,
    Attachments.InboundAttachments inbound,
    Data.Attachments.AttachmentService attachments,
    Data.Ledger.LedgerService ledger,
    Guides.ReportLinks links)
{
    /// <summary>A photo sent alone waits this long for the 整改回复 it belongs to.</summary>
    private static readonly TimeSpan PendingFilesWindow = TimeSpan.FromHours(24);

    public async Task<string> RunAsync(MainCommand command, string argument, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var identity = turnContext.Identity();
        switch (command)
        {
            case MainCommand.RecordHealthCheck:
                return await RecordAsync(argument, identity, cancellationToken).ConfigureAwait(false);
            case MainCommand.MyRectification:
                return RectificationReplies.EnterpriseList(await rectification.ForEnterpriseAsync(identity.EnterpriseId!.Value, cancellationToken).ConfigureAwait(false));
        }
        var m = IdAndText().Match(argument);
        if (!m.Success)
        {
            return command switch
            {
                MainCommand.AnswerRectification => RectificationReplies.AnswerUsage,
                MainCommand.HandToEnforcement => RectificationReplies.HandOverUsage,
                _ => RectificationReplies.ReviewUsage,
            };
        }
        var id = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var text = m.Groups[2].Value.Trim();
        return command switch
        {
            MainCommand.AnswerRectification => await AnswerAsync(id, text, turnContext, cancellationToken).ConfigureAwait(false),
            MainCommand.HandToEnforcement => await HandToEnforcementAsync(id, text, identity, cancellationToken).ConfigureAwait(false),
            MainCommand.AcceptRectification => await ReviewAsync(id, true, null, identity, cancellationToken).ConfigureAwait(false),
            _ => await ReviewAsync(id, false, text, identity, cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<string> RecordAsync(string argument, Data.Domain.People.UserIdentity identity, CancellationToken cancellationToken)
    {
        var (check, problem) = HealthCheckParser.Parse(argument, BureauTime.Today(time));
        if (check is null)
        {
            return problem!;
        }
        var found = await rectification.FindEnterprisesAsync(check.Enterprise, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            return RectificationReplies.EnterpriseNotFound(check.Enterprise);
        }
        if (found.Count > 1)
        {
            return RectificationReplies.EnterpriseAmbiguous(check.Enterprise, found.Select(e => e.Name));
        }
        var enterprise = found[0];
        if (!await rectification.IsResponsibleAsync(identity, enterprise.Id, cancellationToken).ConfigureAwait(false))
        {
            return RectificationReplies.NotResponsible(enterprise.Name);
        }
        var items = await rectification.RecordAsync(enterprise, identity.PersonId!.Value, identity.PersonName ?? "", check.Findings, cancellationToken).ConfigureAwait(false);
        var suggested = new Dictionary<int, string>();
        foreach (var item in items.Where(i => i.Basis is null))
        {
            if (await BasisAsync(item.Finding, cancellationToken).ConfigureAwait(false) is { } article)
            {
                suggested[item.Id] = article;
            }
        }
        var key = string.Create(CultureInfo.InvariantCulture, $"rectification:{items[0].Id}:list");
        var told = await ToEnterpriseAsync(enterprise.Id, key, RectificationReplies.ListToEnterprise(enterprise.Name, identity.PersonName ?? "", items), cancellationToken).ConfigureAwait(false);
        return RectificationReplies.Recorded(enterprise.Name, items, told, suggested);
    }

    /// <summary>
    /// Where the guide gave no basis, the article the knowledge base is most sure of, shown to the guide only as a
    /// reference to check: retrieval matches words, not duties (an article on the bureau's own plan can match a finding
    /// about the enterprise's plan), and a wrong article in a rectification notice is worse than none.
    /// </summary>
    private async Task<string?> BasisAsync(string finding, CancellationToken cancellationToken)
    {
        var result = await policies.Value.SearchAsync(finding, 1, cancellationToken).ConfigureAwait(false);
        return result.Confidence == RetrievalConfidence.High && result.Hits.Count > 0
            ? $"《{result.Hits[0].LawTitle}》{result.Hits[0].ArticleLabel}"
            : null;
    }

    private async Task<string> AnswerAsync(int id, string text, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (text.Length == 0)
        {
            return RectificationReplies.AnswerUsage;
        }
        var identity = turnContext.Identity();
        var enterpriseId = identity.EnterpriseId!.Value;
        var activity = turnContext.Activity;
        // Issue 10: the proof comes with the answer, or was sent just before it (Web Chat's upload button sends a photo alone).
        var received = await inbound.ReceiveAsync(activity, enterpriseId, cancellationToken).ConfigureAwait(false);
        var pending = await attachments.PendingAsync(activity.ChannelId ?? "", activity.From?.Id ?? "", enterpriseId, PendingFilesWindow, cancellationToken).ConfigureAwait(false);
        var (outcome, item) = await rectification.AnswerAsync(id, enterpriseId, text, cancellationToken, pending, identity.PersonName ?? identity.EnterpriseName).ConfigureAwait(false);
        var refused = received.Refused.Count > 0 ? "\n" + string.Join("\n", received.Refused) : "";
        switch (outcome)
        {
            case RectificationOutcome.Applied:
                var files = (await attachments.ForItemsAsync([item!.Id], cancellationToken).ConfigureAwait(false)).Where(f => pending.Contains(f.Id)).ToList();
                var key = string.Create(CultureInfo.InvariantCulture, $"rectification:{item.Id}:v{item.Version}:answer");
                await notifier.ToPersonAsync(item.RecordedByPersonId, key, RectificationReplies.AnswerToGuide(item, files.Select(f => (f.FileName, links.Attachment(f.Id))).ToList()), cancellationToken).ConfigureAwait(false);
                return RectificationReplies.Answered(item, files.Select(f => f.FileName).ToList()) + refused;
            case RectificationOutcome.WrongState:
                return RectificationReplies.CannotAnswer(item!) + refused;
            default:
                return RectificationReplies.ItemNotFound(id) + refused;
        }
    }

    /// <summary>
    /// A message with files and no command (Web Chat's upload button): an enterprise contact's files are kept for the
    /// next 整改回复 of this chat; anyone else is told what files are for. Refused files are named with the reason.
    /// </summary>
    public async Task<string> FilesOnlyAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var identity = turnContext.Identity();
        if (!identity.IsEnterpriseContact)
        {
            return Attachments.AttachmentReplies.OnlyForRectification;
        }
        var received = await inbound.ReceiveAsync(turnContext.Activity, identity.EnterpriseId, cancellationToken).ConfigureAwait(false);
        var lines = new List<string>();
        if (received.Stored.Count > 0)
        {
            lines.Add(Attachments.AttachmentReplies.WaitingForAnswer(received.Stored));
        }
        lines.AddRange(received.Refused);
        return string.Join("\n", lines);
    }

    /// <summary>Seed 002 四罚: the block lead or a leader hands an overdue, escalated item to 执法支队 with its whole record.</summary>
    private async Task<string> HandToEnforcementAsync(int id, string reason, Data.Domain.People.UserIdentity actor, CancellationToken cancellationToken)
    {
        if (reason.Length == 0)
        {
            return RectificationReplies.HandOverUsage;
        }
        var before = await rectification.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return RectificationReplies.StaffItemNotFound(id);
        }
        var history = await rectification.HistoryAsync(id, cancellationToken).ConfigureAwait(false);
        var files = await attachments.ForItemsAsync([id], cancellationToken).ConfigureAwait(false);
        var fileLinks = files.Select(f => (f.FileName, links.Attachment(f.Id))).ToList();
        var record = RectificationReplies.EnforcementRecord(before, actor.PersonName ?? "", reason, history, fileLinks);
        var (outcome, item) = await rectification.HandToEnforcementAsync(id, actor, reason, record, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case RectificationOutcome.Applied:
                var department = await ledger.DepartmentByNameAsync(Data.Rectification.RectificationService.EnforcementDepartment, cancellationToken).ConfigureAwait(false);
                var matter = (await ledger.FindAsync(item!.MatterId, cancellationToken).ConfigureAwait(false))!;
                var key = string.Create(CultureInfo.InvariantCulture, $"rectification:{item.Id}:enforcement");
                var told = await notifier.ToDepartmentAsync(department, matter, record, withButtons: true, cancellationToken, key).ConfigureAwait(false);
                await notifier.ToPersonAsync(item.RecordedByPersonId, key + ":guide", RectificationReplies.HandedOverToGuide(item), cancellationToken).ConfigureAwait(false);
                return RectificationReplies.HandedOver(item, told);
            case RectificationOutcome.NotYours:
                return RectificationReplies.NotBlockLead(item!.EnterpriseName);
            case RectificationOutcome.WrongState:
                return RectificationReplies.CannotHandOver(item!);
            default:
                return RectificationReplies.StaffItemNotFound(id);
        }
    }

    private async Task<string> ReviewAsync(int id, bool accept, string? reason, Data.Domain.People.UserIdentity reviewer, CancellationToken cancellationToken)
    {
        if (!accept && string.IsNullOrWhiteSpace(reason))
        {
            return RectificationReplies.ReviewUsage;
        }
        var (outcome, item) = await rectification.ReviewAsync(id, reviewer, accept, reason, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case RectificationOutcome.Applied:
                var key = string.Create(CultureInfo.InvariantCulture, $"rectification:{item!.Id}:v{item.Version}:review");
                await ToEnterpriseAsync(item.EnterpriseId, key, accept ? RectificationReplies.AcceptedToEnterprise(item) : RectificationReplies.ReturnedToEnterprise(item), cancellationToken).ConfigureAwait(false);
                return accept ? RectificationReplies.Accepted(item) : RectificationReplies.Returned(item);
            case RectificationOutcome.NotYours:
                return RectificationReplies.NotResponsible(item!.EnterpriseName);
            case RectificationOutcome.WrongState:
                return RectificationReplies.CannotReview(item!);
            default:
                return RectificationReplies.StaffItemNotFound(id);
        }
    }

    /// <summary>Queues a message to each bound contact of the enterprise in their latest 1:1 chat; false when none can be reached.</summary>
    private async Task<bool> ToEnterpriseAsync(int enterpriseId, string key, string text, CancellationToken cancellationToken)
    {
        var told = false;
        foreach (var (channelId, userId) in await identities.EnterpriseAccountsAsync(enterpriseId, cancellationToken).ConfigureAwait(false))
        {
            told |= await outbox.TellAccountAsync(channelId, userId, key, text, cancellationToken).ConfigureAwait(false) != TellResult.NoConversation;
        }
        return told;
    }

    [GeneratedRegex(@"^#?(\d+)[\s:：,，]*(.*)$", RegexOptions.Singleline)]
    private static partial Regex IdAndText();
}
