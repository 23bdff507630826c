using System.Globalization;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Ledger;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Proactive;

namespace EnvBot.Dialogs.Ledger;

/// <summary>
/// The ledger's proactive messages, all through the persistent outbox with an idempotency key per matter and event:
/// routed matters to the department's stored conversation, answers and explanations to the enterprise's own chat.
/// </summary>
public sealed class LedgerNotifier(LedgerService ledger, ProactiveOutbox outbox)
{
    public async Task NewMatterAsync(Matter matter, MatterEvent assigned, CancellationToken cancellationToken)
    {
        var department = await ledger.DepartmentAsync(matter.DepartmentId, cancellationToken).ConfigureAwait(false);
        await ToDepartmentAsync(department, matter, LedgerReplies.NewMatter(matter, assigned), withButtons: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task AfterActionAsync(Matter matter, MatterEvent e, CancellationToken cancellationToken)
    {
        var department = await ledger.DepartmentAsync(matter.DepartmentId, cancellationToken).ConfigureAwait(false);
        switch (e.Action)
        {
            case MatterAction.Answer:
                await ToEnterpriseAsync(matter, e, LedgerReplies.AnswerToEnterprise(matter, e, department?.Name), cancellationToken).ConfigureAwait(false);
                break;
            case MatterAction.ExplainUnsolvable:
                await ToEnterpriseAsync(matter, e, LedgerReplies.ExplanationToEnterprise(matter, e, department?.Name), cancellationToken).ConfigureAwait(false);
                break;
            case MatterAction.Close:
                await ToEnterpriseAsync(matter, e, LedgerReplies.ClosedToEnterprise(matter), cancellationToken).ConfigureAwait(false);
                break;
            case MatterAction.Return:
                await ToDepartmentAsync(department, matter, LedgerReplies.Returned(matter, e), withButtons: false, cancellationToken).ConfigureAwait(false);
                break;
            case MatterAction.Reassign:
            case MatterAction.Assign:
                await ToDepartmentAsync(department, matter, LedgerReplies.Reassigned(matter, e), withButtons: true, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Queues a message to a department's work conversation; false when it has none registered yet.</summary>
    public async Task<bool> ToDepartmentAsync(Department? department, Matter matter, string text, bool withButtons, CancellationToken cancellationToken, string? key = null)
    {
        if (department?.ChannelId is not { } channelId || department.ChannelConversationId is not { } conversationId)
        {
            return false;
        }
        var activity = Activity.CreateMessage(text);
        if (withButtons)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = LedgerButtons.For(matter) };
        }
        key ??= string.Create(CultureInfo.InvariantCulture, $"ledger:{matter.Id}:v{matter.Version}:dept:{department.Id}");
        await outbox.EnqueueAsync(key, channelId, conversationId, null, activity, null, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Queues a message to a staff member in person: the latest 1:1 conversation of each chat account they are bound
    /// under. False when the bot has no 1:1 conversation with them yet (it can only write where it was written to).
    /// </summary>
    public async Task<bool> ToPersonAsync(int personId, string key, string text, CancellationToken cancellationToken)
    {
        var told = false;
        foreach (var (channelId, userId) in await ledger.AccountsOfAsync(personId, cancellationToken).ConfigureAwait(false))
        {
            told |= await outbox.TellAccountAsync(channelId, userId, key, text, cancellationToken).ConfigureAwait(false) != TellResult.NoConversation;
        }
        return told;
    }

    private async Task ToEnterpriseAsync(Matter matter, MatterEvent e, string text, CancellationToken cancellationToken)
    {
        if (matter.RequesterChannelId is not { } channelId || matter.RequesterConversationId is not { } conversationId)
        {
            return;
        }
        var key = string.Create(CultureInfo.InvariantCulture, $"ledger:{matter.Id}:v{matter.Version}:{e.Action}:enterprise");
        await outbox.EnqueueAsync(key, channelId, conversationId, matter.RequesterUserId, Activity.CreateMessage(text), null, cancellationToken).ConfigureAwait(false);
    }
}
