using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Ledger;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Identity;

namespace EnvBot.Dialogs.Ledger;

/// <summary>
/// The ledger's side of the conversation (issue 5): an enterprise asks, the department's channel receives, staff act,
/// the answer goes back to the enterprise's own chat. Shows what <see cref="LedgerService"/> decided; holds no rules.
/// </summary>
public sealed class LedgerConversation(LedgerService ledger, LedgerNotifier notifier)
{
    public async Task AskAsync(ITurnContext turnContext, string question, CancellationToken cancellationToken)
    {
        if (question.Length == 0)
        {
            await ReplyAsync(turnContext, LedgerReplies.AskUsage, cancellationToken).ConfigureAwait(false);
            return;
        }
        var identity = turnContext.Identity();
        var a = turnContext.Activity;
        var result = await ledger.CollectAsync(
            new NewMatter(identity.EnterpriseId, identity.EnterpriseName ?? "", question, MatterSources.EnterpriseChat, MatterKinds.Question, a.ChannelId, a.Conversation?.Id, a.From?.Id),
            identity.EnterpriseName ?? "企业", cancellationToken).ConfigureAwait(false);
        await notifier.NewMatterAsync(result.Matter!, result.Event!, cancellationToken).ConfigureAwait(false);
        await ReplyAsync(turnContext, LedgerReplies.Accepted(result.Matter!, result.DepartmentName!), cancellationToken).ConfigureAwait(false);
    }

    public async Task ProgressAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var identity = turnContext.Identity();
        var matters = identity.EnterpriseId is { } id ? await ledger.ForEnterpriseAsync(id, cancellationToken).ConfigureAwait(false) : [];
        if (matters.Count == 0)
        {
            await ReplyAsync(turnContext, LedgerReplies.NoMatters, cancellationToken).ConfigureAwait(false);
            return;
        }
        var rows = new List<(Matter, string?)>();
        foreach (var m in matters)
        {
            rows.Add((m, (await ledger.DepartmentAsync(m.DepartmentId, cancellationToken).ConfigureAwait(false))?.Name));
        }
        await ReplyAsync(turnContext, LedgerReplies.Progress(rows), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>待办: the open matters of the writer's department, for staff who were away from the department channel.</summary>
    public async Task OpenMattersAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Identity().DepartmentName is not { Length: > 0 } department)
        {
            await ReplyAsync(turnContext, LedgerReplies.NoDepartmentForOpenMatters, cancellationToken).ConfigureAwait(false);
            return;
        }
        var open = await ledger.OpenForDepartmentAsync(department, cancellationToken).ConfigureAwait(false);
        await ReplyAsync(turnContext, LedgerReplies.OpenMatters(department, open), cancellationToken).ConfigureAwait(false);
    }

    public async Task RegisterChannelAsync(ITurnContext turnContext, string departmentArgument, CancellationToken cancellationToken)
    {
        var identity = turnContext.Identity();
        // Staff register their own department; only an administrator may name another one.
        var department = identity.Has(Role.Administrator) && departmentArgument.Length > 0 ? departmentArgument : identity.DepartmentName;
        var a = turnContext.Activity;
        if (department is null || !await ledger.RegisterDepartmentChannelAsync(department, a.ChannelId!, a.Conversation!.Id!, cancellationToken).ConfigureAwait(false))
        {
            await ReplyAsync(turnContext, department is null ? LedgerReplies.NoDepartment : LedgerReplies.UnknownDepartment(department), cancellationToken).ConfigureAwait(false);
            return;
        }
        await ReplyAsync(turnContext, LedgerReplies.ChannelRegistered(department), cancellationToken).ConfigureAwait(false);
    }

    public async Task ActAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var (command, problem) = LedgerCommandParser.Parse(text, turnContext.Activity.Value);
        if (command is null)
        {
            await ReplyAsync(turnContext, problem!, cancellationToken).ConfigureAwait(false);
            return;
        }
        var identity = turnContext.Identity();
        var actor = new LedgerActor(identity.PersonId, identity.PersonName ?? "工作人员", identity.DepartmentName, identity.Has(Role.GeneralReviewer), identity.Has(Role.Administrator));
        var result = await ledger.ApplyAsync(command, actor, cancellationToken).ConfigureAwait(false);
        var reply = result.Outcome switch
        {
            LedgerOutcome.Applied => LedgerReplies.Done(result.Matter!, result.Event!),
            LedgerOutcome.NotFound => LedgerReplies.NotFound(command.MatterId),
            LedgerOutcome.Repeated => LedgerReplies.RepeatedPress,
            LedgerOutcome.NotYourDepartment => LedgerReplies.NotYourDepartment(result.Matter!, result.DepartmentName),
            LedgerOutcome.UnknownDepartment => LedgerReplies.UnknownDepartment(command.TargetDepartment),
            _ => result.Matter is { } m ? LedgerReplies.Stale(m, command.Action) : LedgerReplies.NotFound(command.MatterId),
        };
        if (result.Applied)
        {
            await notifier.AfterActionAsync(result.Matter!, result.Event!, cancellationToken).ConfigureAwait(false);
        }
        await ReplyAsync(turnContext, reply, cancellationToken).ConfigureAwait(false);
    }

    private static Task ReplyAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Activity.CreateMessage(text), cancellationToken);
}
