using System.Text.Json.Nodes;
using EnvBot.Dialogs.Builder.Dialogs.Prompts;

namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>
/// Drives one dialog stack during one turn: begins, continues, ends, replaces and cancels dialogs, resuming the
/// dialog below when one ends. A component dialog's inner context has the outer context as <see cref="Parent"/>.
/// </summary>
public class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
        : this(dialogs, turnContext, state, null)
    {
    }

    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, parentDialogContext.Context, state, parentDialogContext)
    {
    }

    private protected DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent)
    {
        Dialogs = dialogs;
        Context = turnContext;
        State = state;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The context of the dialog that contains this stack (a component dialog's outer context), if any.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The stack, top first.</summary>
    public List<DialogInstance> Stack => State.DialogStack;

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    internal DialogState State { get; }

    /// <summary>Finds a dialog in this set, then in the parents' sets.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes the dialog and begins it; <paramref name="options"/> must be JSON (see <see cref="DialogJsonExtensions.ToJsonNode{T}"/>).</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"Dialog '{dialogId}' was not found; add it to the DialogSet or the component.");
        var instance = new DialogInstance { Id = dialogId, State = [] };
        Stack.Insert(0, instance);
        return await dialog.BeginDialogAsync(this, DialogJson.ToNode(options), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Begins a prompt with its options (they are stored as JSON so the prompt can re-ask in later turns).</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options.ToJson(), cancellationToken);

    /// <summary>Hands the incoming activity to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        var dialog = FindDialog(instance.Id)
            ?? throw new InvalidOperationException($"The active dialog '{instance.Id}' is no longer registered; clear the conversation state.");
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pops the active dialog and resumes the one below with <paramref name="result"/>, or completes the stack.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(JsonNode? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        result = DialogJson.ToNode(result);

        var instance = ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }
        var dialog = FindDialog(instance.Id)
            ?? throw new InvalidOperationException($"Dialog '{instance.Id}' to resume was not found.");
        return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancels this stack only.</summary>
    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default) =>
        CancelAllDialogsAsync(false, cancellationToken);

    /// <summary>
    /// Cancels this stack and, with <paramref name="cancelParents"/>, every stack that contains it, so the whole
    /// conversation is free again (used by "取消" and by prompts that give up).
    /// </summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents, CancellationToken cancellationToken = default)
    {
        var any = Stack.Count > 0;
        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }
        if (cancelParents && Parent is not null)
        {
            var parentResult = await Parent.CancelAllDialogsAsync(true, cancellationToken).ConfigureAwait(false);
            any |= parentResult.Status == DialogTurnStatus.Cancelled;
        }
        return new DialogTurnResult(any ? DialogTurnStatus.Cancelled : DialogTurnStatus.Empty);
    }

    /// <summary>Ends the active dialog without resuming the one below, and begins <paramref name="dialogId"/> in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonNode? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }
        var dialog = FindDialog(instance.Id)
            ?? throw new InvalidOperationException($"Dialog '{instance.Id}' to reprompt was not found.");
        await dialog.RepromptDialogAsync(Context, instance, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether some dialog on this stack (looking inside component dialogs) can step back.</summary>
    public bool CanGoBack() => FindBackTarget() >= 0;

    /// <summary>
    /// Steps back: the nearest dialog from the top that can go back (a waterfall past its first step, possibly inside
    /// a component) becomes active again, dialogs above it are cancelled, and it re-runs its previous step.
    /// Returns <see cref="DialogTurnStatus.Empty"/> and changes nothing when no dialog can.
    /// </summary>
    public async Task<DialogTurnResult> GoBackAsync(CancellationToken cancellationToken = default)
    {
        var index = FindBackTarget();
        if (index < 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        var target = Stack[index];
        while (!ReferenceEquals(ActiveDialog, target))
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }
        var dialog = FindDialog(target.Id)!;
        return await dialog.GoBackAsync(this, target, cancellationToken).ConfigureAwait(false);
    }

    private int FindBackTarget()
    {
        for (var i = 0; i < Stack.Count; i++)
        {
            if (FindDialog(Stack[i].Id) is { } dialog && dialog.CanGoBack(this, Stack[i]))
            {
                return i;
            }
        }
        return -1;
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }
        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
        }
        Stack.Remove(instance);
    }
}
