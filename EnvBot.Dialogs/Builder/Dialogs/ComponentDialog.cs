using System.Text.Json.Nodes;

namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>
/// A dialog made of dialogs: it owns an inner <see cref="DialogSet"/> and runs an inner stack, which it keeps as
/// JSON inside its own instance state so the whole tree is saved with the conversation. Ends when the inner stack
/// completes, returning the inner result to the dialog below it.
/// </summary>
public class ComponentDialog : Dialog
{
    private const string InnerStackKey = "dialogs";

    private string? _initialDialogId;

    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The inner dialog begun with the component; defaults to the first one added.</summary>
    public string InitialDialogId
    {
        get => _initialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs; call AddDialog first.");
        set => _initialDialogId = value;
    }

    protected DialogSet Dialogs { get; } = new();

    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        _initialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, JsonNode? options = null, CancellationToken cancellationToken = default)
    {
        var instance = outerDc.ActiveDialog!;
        var innerDc = CreateInnerContext(outerDc, instance);
        var turn = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(outerDc, instance, innerDc, turn, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken = default)
    {
        var instance = outerDc.ActiveDialog!;
        var innerDc = CreateInnerContext(outerDc, instance);
        var turn = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(outerDc, instance, innerDc, turn, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Only reached if something began a dialog on the outer stack above this one; ask again and wait.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, JsonNode? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(outerDc.Context, outerDc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var innerDc = new DialogContext(Dialogs, turnContext, ReadInnerState(instance));
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken).ConfigureAwait(false);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var innerState = ReadInnerState(instance);
            var innerDc = new DialogContext(Dialogs, turnContext, innerState);
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            instance.State[InnerStackKey] = DialogJson.ToNode(innerState);
        }
        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    public override bool CanGoBack(DialogContext outerDc, DialogInstance instance) =>
        CreateInnerContext(outerDc, instance).CanGoBack();

    public override async Task<DialogTurnResult> GoBackAsync(DialogContext outerDc, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var innerDc = CreateInnerContext(outerDc, instance);
        var turn = await innerDc.GoBackAsync(cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(outerDc, instance, innerDc, turn, cancellationToken).ConfigureAwait(false);
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, JsonNode? options, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(InitialDialogId, options, cancellationToken);

    /// <summary>Override to look at the activity before the inner dialogs do (interruptions); call base to continue them.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called when the inner stack completed; the default ends this component with the inner result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, JsonNode? result, CancellationToken cancellationToken) =>
        outerDc.EndDialogAsync(result, cancellationToken);

    private DialogContext CreateInnerContext(DialogContext outerDc, DialogInstance instance) =>
        new(Dialogs, outerDc, ReadInnerState(instance));

    private static DialogState ReadInnerState(DialogInstance instance) =>
        instance.State.GetValue<DialogState>(InnerStackKey) ?? new DialogState();

    private async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext outerDc, DialogInstance instance, DialogContext innerDc, DialogTurnResult turn, CancellationToken cancellationToken)
    {
        // The inner stack is a copy read from JSON: write it back whatever happened, so the next turn sees it.
        instance.State[InnerStackKey] = DialogJson.ToNode(innerDc.State);

        if (turn.Status == DialogTurnStatus.Waiting)
        {
            return EndOfTurn;
        }
        if (!ReferenceEquals(outerDc.ActiveDialog, instance))
        {
            // Something inside cancelled the outer stacks too (CancelAllDialogsAsync(cancelParents: true)): this
            // component is already gone, so report the inner outcome as is.
            return turn;
        }
        return await EndComponentAsync(outerDc, turn.Result, cancellationToken).ConfigureAwait(false);
    }
}
