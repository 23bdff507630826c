using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Guides;
using EnvBot.Data.Ledger;
using EnvBot.Dialogs.Builder.Dialogs;
using EnvBot.Dialogs.Builder.Dialogs.Prompts;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Identity;
using EnvBot.Dialogs.Ledger;
using EnvBot.Dialogs.Proactive;

namespace EnvBot.Dialogs.Guides;

/// <summary>
/// A guide logs a contact in one message (issue 8, DOMAIN.md §2): the form read by <see cref="ContactExtractor"/> is
/// shown for confirmation with buttons; what is ambiguous is asked one question at a time; any field can be corrected
/// in words ("企业改成金鹰", "方式 现场"); "确认保存" saves. A problem that needs another department becomes a ledger
/// matter with the guide's proposal and is sent to the block leads (DOMAIN.md §2 "Problems"). Nothing is written
/// before the confirmation.
/// </summary>
public sealed class LogContactDialog : InterruptibleComponentDialog
{
    public const string DialogId = nameof(LogContactDialog);
    private const string AnswerPrompt = "contactAnswer";
    private const string DraftKey = "draft";

    private static readonly string[] SaveWords = [GuideReplies.Confirm, "确认", "保存"];
    private static readonly string[] Yes = [.. SaveWords, "是", "对", "好", "好的", "没问题", "ok", "yes"];
    private static readonly string[] No = ["修改", "不对", "有误", "否", "no"];

    private readonly ServiceRecordService _records;
    private readonly LedgerService _ledger;
    private readonly ProactiveOutbox _outbox;
    private readonly LedgerNotifier _notifier;
    private readonly TimeProvider _time;
    private readonly ServiceRatingCommands _ratings;

    public LogContactDialog(ServiceRecordService records, LedgerService ledger, ProactiveOutbox outbox, LedgerNotifier notifier, ServiceRatingCommands ratings, TimeProvider time)
        : base(DialogId)
    {
        _notifier = notifier;
        _ratings = ratings;
        _records = records;
        _ledger = ledger;
        _outbox = outbox;
        _time = time;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskStepAsync, AnswerStepAsync]));
        AddDialog(new TextPrompt(AnswerPrompt));
        InitialDialogId = nameof(WaterfallDialog);
    }

    public override string HelpText => GuideReplies.HelpText;

    /// <summary>Reads a message as a contact for the person, or null when it names no enterprise and no channel (not a contact).</summary>
    public static ContactDraft? Read(string text, DateTimeOffset sentAt, IReadOnlyList<PairedEnterprise> candidates)
    {
        var x = ContactExtractor.Extract(text, sentAt, candidates);
        var namesEnterprise = x.Enterprise is not null && !x.Questions.Contains(ContactQuestion.WhichEnterprise) && EnterpriseMatcher.Find(ContactExtractor.Normalize(text), candidates).Count > 0;
        return x.Channel is null && !namesEnterprise && x.EnterpriseCandidates.Count == 0 ? null : ContactDraft.From(text, x);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.Options.ToValue<ContactDraft>()!;
        var lines = new List<string>();
        if (draft.Notice is { } notice)
        {
            lines.Add(notice);
            draft.Notice = null;
        }
        lines.Add(GuideReplies.Form(draft));
        ContactQuestion? question = draft.Questions.Count > 0 ? draft.Questions[0] : null;
        lines.Add(question is { } q ? GuideReplies.Ask(q, draft) : "无误请点“确认保存”，要改哪一项直接说（如“方式 现场”）。");
        step.Values.SetValue(DraftKey, draft);
        var prompt = Activity.CreateMessage(string.Join("\n\n", lines));
        prompt.SuggestedActions = new SuggestedActions { Actions = GuideReplies.Buttons(question, draft).Select(b => CardAction.ImBack(b)).ToList() };
        return await step.PromptAsync(AnswerPrompt, new PromptOptions { Prompt = prompt }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.Values.GetValue<ContactDraft>(DraftKey)!;
        var text = (step.Result?.ToValue<string>() ?? "").Trim();
        var answer = text.TrimEnd('。', '.', '!', '！').ToLowerInvariant();
        // "确认保存" to "not one of yours — record it there?" is a yes to both: the enterprise and the record.
        if (draft.Questions is [ContactQuestion.NotOwnEnterprise] && Yes.Contains(answer))
        {
            draft.Questions.Clear();
        }
        if (draft.Questions.Count == 0 && Yes.Contains(answer))
        {
            if (!draft.IsComplete)
            {
                draft.Notice = GuideReplies.WhatToChange;
                return await LoopAsync(step, draft, cancellationToken).ConfigureAwait(false);
            }
            await SaveAsync(step, draft, cancellationToken).ConfigureAwait(false);
            if (draft.HeldText is { } held && await HeldContactAsync(step, held, draft.HeldSentAt, cancellationToken).ConfigureAwait(false) is { } next)
            {
                next.Notice = GuideReplies.NextHeldContact;
                return await LoopAsync(step, next, cancellationToken).ConfigureAwait(false);
            }
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        if (draft.Questions.Count > 0 && SaveWords.Contains(answer))
        {
            // "确认保存" while a question is open (which of two enterprises?): say what is still missing, not "没看懂".
            draft.Notice = GuideReplies.AnswerFirst;
            return await LoopAsync(step, draft, cancellationToken).ConfigureAwait(false);
        }
        if (No.Contains(answer))
        {
            draft.Notice = GuideReplies.WhatToChange;
            return await LoopAsync(step, draft, cancellationToken).ConfigureAwait(false);
        }
        var identity = step.Context.Identity();
        var candidates = await _records.CandidatesAsync(identity.PersonId!.Value, cancellationToken).ConfigureAwait(false);
        // A whole new contact (enterprise, channel and what happened) is not a correction of this one: mixing the two
        // would save a record that is neither. The draft waits until it is saved or cancelled.
        if (IsAnotherContact(text, draft, candidates))
        {
            draft.HeldText = text;
            draft.HeldSentAt = _time.GetUtcNow();
            draft.Notice = GuideReplies.DraftNotSavedYet(draft);
            return await LoopAsync(step, draft, cancellationToken).ConfigureAwait(false);
        }
        if (Read(text, _time.GetUtcNow(), candidates) is { Unreached: true, EnterpriseId: not null } tried)
        {
            // "欧莱克打电话没人接" while this form waits: no contact, and no correction of this one — said; the form waits.
            draft.Notice = GuideReplies.NotReached(tried);
            return await LoopAsync(step, draft, cancellationToken).ConfigureAwait(false);
        }
        if (!ContactCorrection.Apply(draft, text, _time.GetUtcNow(), candidates))
        {
            // "我的企业" while the form waits is a menu command, not a correction: say what to do first.
            draft.Notice = Main.MainCommands.Match(Main.UserText.Fold(text).Trim()) is Main.MainCommand.None
                ? GuideReplies.NotUnderstood
                : GuideReplies.FinishDraftFirst(text);
        }
        return await LoopAsync(step, draft, cancellationToken).ConfigureAwait(false);
    }

    private async Task SaveAsync(WaterfallStepContext step, ContactDraft d, CancellationToken cancellationToken)
    {
        var identity = step.Context.Identity();
        int? matterId = null;
        string? department = null;
        var told = 0;
        if (d.Department is not null && d.Resolution != ServiceResolutions.Solved)
        {
            // DOMAIN.md §2 "Problems": the guide's preliminary proposal goes with it, in writing, to the block lead.
            var proposal = d.Other.Length > 0 ? d.Other : d.Department;
            var a = step.Context.Activity;
            var result = await _ledger.CollectAsync(
                new NewMatter(d.EnterpriseId, d.EnterpriseName!, $"{(d.Problem.Length > 0 ? d.Problem : d.SourceText)}（指导员建议：{proposal}）", MatterSources.GuideContact, MatterKinds.Problem, a.ChannelId, a.Conversation?.Id, a.From?.Id, NamedDepartment: d.Department),
                identity.PersonName ?? "指导员", cancellationToken).ConfigureAwait(false);
            matterId = result.Matter?.Id;
            department = result.DepartmentName;
            if (matterId is { } id)
            {
                // The department the guide named (or, when none is, the one the routing table chose) has it at once, like
                // any matter; the block lead, told which one, passes it on if another should do it (issue 8).
                await _notifier.NewMatterAsync(result.Matter!, result.Event!, cancellationToken).ConfigureAwait(false);
                foreach (var (_, channelId, userId) in await _records.BlockLeadAccountsAsync(d.EnterpriseId!.Value, cancellationToken).ConfigureAwait(false))
                {
                    if (channelId == a.ChannelId && userId == a.From?.Id)
                    {
                        continue;
                    }
                    var text = GuideReplies.Escalation(identity.PersonName ?? "", d.EnterpriseName!, d.Problem, proposal, id, result.DepartmentName!, result.Event!.DecidedBy == LedgerService.NamedByCollector);
                    if (await _outbox.TellAccountAsync(channelId, userId, $"guide-escalation:{id}", text, cancellationToken).ConfigureAwait(false) != TellResult.NoConversation)
                    {
                        told++;
                    }
                }
            }
        }
        var saved = await _records.SaveAsync(
            new NewServiceRecord(identity.PersonId!.Value, d.EnterpriseId!.Value, d.Date!.Value, d.Channel!, d.Problem, d.Resolution!, d.Other, d.SourceText, matterId),
            cancellationToken).ConfigureAwait(false);
        // DOMAIN.md §2 企业反向测评: a contact that solved something is rated by the enterprise.
        var asked = d.Resolution == ServiceResolutions.Solved
            ? await _ratings.AskAsync(saved.Id, saved.EnterpriseId, identity.PersonName ?? "", saved.Date, saved.Channel, saved.Problem.Length > 0 ? saved.Problem : d.SourceText, cancellationToken).ConfigureAwait(false)
            : 0;
        var reply = GuideReplies.Saved(saved.Id, d.EnterpriseName!, matterId, department, told) + ServiceRatingReplies.AskedToRate(asked);
        // The dialog ends here: the guide gets the menu back for the next contact or 我的企业.
        await step.Context.SendActivityAsync(Main.MainMenu.Message(reply, identity), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The held contact read as a new form, dated by when it was sent ("今天" then is still that day).</summary>
    private async Task<ContactDraft?> HeldContactAsync(WaterfallStepContext step, string text, DateTimeOffset? sentAt, CancellationToken cancellationToken)
    {
        var candidates = await _records.CandidatesAsync(step.Context.Identity().PersonId!.Value, cancellationToken).ConfigureAwait(false);
        return Read(text, sentAt ?? _time.GetUtcNow(), candidates);
    }

    /// <summary>The text names an enterprise, a channel and what happened, and is not a labelled correction.</summary>
    private bool IsAnotherContact(string text, ContactDraft draft, IReadOnlyList<PairedEnterprise> candidates) =>
        !ContactCorrection.IsLabelled(text)
        && EnterpriseMatcher.Find(ContactExtractor.Normalize(text), candidates).Count > 0
        && Read(text, _time.GetUtcNow(), candidates) is { Channel: not null, EnterpriseId: not null, Problem.Length: > 0 } other
        && (other.EnterpriseId != draft.EnterpriseId || other.Channel != draft.Channel || other.Problem != draft.Problem);

    private static Task<DialogTurnResult> LoopAsync(WaterfallStepContext step, ContactDraft draft, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(nameof(WaterfallDialog), draft.ToJsonNode(), cancellationToken);
}
