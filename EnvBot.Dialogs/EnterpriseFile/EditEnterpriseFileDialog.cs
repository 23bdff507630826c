using EnvBot.Data.Domain.EnterpriseFiles;
using EnvBot.Data.EnterpriseFiles;
using EnvBot.Dialogs.Builder.Dialogs;
using EnvBot.Dialogs.Builder.Dialogs.Prompts;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Identity;

namespace EnvBot.Dialogs.EnterpriseFile;

/// <summary>
/// A guide adds a fact to an enterprise's file in one message (issue 10, DOMAIN.md §2 "First contact"): the message
/// is read by <see cref="FileEntryParser"/>, the enterprise resolved within the sender's scope, what will be saved is
/// shown, and only "确认保存" writes it (a new entry; the previous one stays in the history).
/// </summary>
public sealed class EditEnterpriseFileDialog : InterruptibleComponentDialog
{
    public const string DialogId = nameof(EditEnterpriseFileDialog);
    private const string AnswerPrompt = "fileAnswer";
    private const string FactKey = "fact";

    private static readonly string[] Yes = ["确认保存", "确认", "保存", "是", "对", "好", "好的", "ok", "yes"];
    private static readonly string[] No = ["不保存", "不对", "否", "不", "no"];

    private readonly EnterpriseFileService _files;
    private readonly EnterpriseFileCommands _commands;
    private readonly TimeProvider _time;

    public EditEnterpriseFileDialog(EnterpriseFileService files, EnterpriseFileCommands commands, TimeProvider time)
        : base(DialogId)
    {
        _files = files;
        _commands = commands;
        _time = time;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [ReadStepAsync, AnswerStepAsync]));
        AddDialog(new TextPrompt(AnswerPrompt, (prompt, _) => Task.FromResult(Normalize(prompt.Recognized.Value) is var a && (Yes.Contains(a) || No.Contains(a)))));
        InitialDialogId = nameof(WaterfallDialog);
    }

    public override string HelpText => EnterpriseFileReplies.EditUsage;

    private async Task<DialogTurnResult> ReadStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        FileFact fact;
        {
            var text = step.Options.ToValue<string>() ?? "";
            var (parsed, problem) = FileEntryParser.Parse(text, Data.Time.BureauTime.Today(_time));
            if (parsed is null)
            {
                return await EndWithAsync(step, problem!, cancellationToken).ConfigureAwait(false);
            }
            var (enterprise, notFound) = await _commands.ResolveAsync(step.Context.Identity(), parsed.EnterpriseText, cancellationToken).ConfigureAwait(false);
            if (enterprise is null)
            {
                return await EndWithAsync(step, notFound!, cancellationToken).ConfigureAwait(false);
            }
            parsed.EnterpriseId = enterprise.EnterpriseId;
            parsed.EnterpriseName = enterprise.Name;
            fact = parsed;
            step.Values.SetValue(FactKey, fact);
        }
        var file = await _files.FileAsync(fact.EnterpriseId, cancellationToken).ConfigureAwait(false);
        var previous = file.Current.LastOrDefault(e => e.Field == fact.Field && (IsSingle(fact.Field) || e.Number == fact.Number) && e.Value != fact.Value)?.Value;
        var prompt = Activity.CreateMessage(EnterpriseFileReplies.Confirm(fact, previous));
        prompt.SuggestedActions = new SuggestedActions { Actions = EnterpriseFileReplies.ConfirmButtons.Select(b => CardAction.ImBack(b)).ToList() };
        var retry = Activity.CreateMessage(EnterpriseFileReplies.ConfirmAgain);
        retry.SuggestedActions = prompt.SuggestedActions;
        return await step.PromptAsync(AnswerPrompt, new PromptOptions { Prompt = prompt, RetryPrompt = retry }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var fact = step.Values.GetValue<FileFact>(FactKey)!;
        var answer = Normalize(step.Result?.ToValue<string>());
        if (Yes.Contains(answer))
        {
            var identity = step.Context.Identity();
            await _files.AddAsync(new NewFileEntry(fact.EnterpriseId, fact.Field, fact.Value, fact.Number, fact.PermitClass, fact.Date, fact.DateIsMonthOnly, fact.SourceText),
                identity.PersonId, identity.PersonName ?? "", cancellationToken).ConfigureAwait(false);
            return await EndWithAsync(step, EnterpriseFileReplies.Saved(fact), cancellationToken).ConfigureAwait(false);
        }
        // The prompt's validator lets through only yes or no: anything else was re-asked there.
        return await EndWithAsync(step, EnterpriseFileReplies.Discarded, cancellationToken).ConfigureAwait(false);
    }

    private static string Normalize(string? answer) => (answer ?? "").Trim().TrimEnd('。', '.', '!', '！').ToLowerInvariant();

    private static bool IsSingle(EnterpriseFileField field) =>
        field is not (EnterpriseFileField.EiaApproval or EnterpriseFileField.Acceptance or EnterpriseFileField.Contact or EnterpriseFileField.InternalNote);

    private static async Task<DialogTurnResult> EndWithAsync(WaterfallStepContext step, string text, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(Activity.CreateMessage(text), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
