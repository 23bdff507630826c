using System.Text.Json.Nodes;

namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>
/// A unit of conversation that can span turns. Its per-run state lives in the <see cref="DialogInstance"/> the
/// <see cref="DialogContext"/> pushes for it, never in fields: one dialog object serves every conversation.
/// </summary>
public abstract class Dialog
{
    /// <summary>Returned by a dialog that waits for the user's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        Id = dialogId;
    }

    public string Id { get; }

    /// <summary>Called when the dialog is pushed; its instance is already <see cref="DialogContext.ActiveDialog"/>.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options = null, CancellationToken cancellationToken = default);

    /// <summary>Called with the user's next activity while this dialog is active. The default ends the dialog.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a child this dialog began has ended. The default ends this dialog with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result = null, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the user again for whatever this dialog is waiting for (after help text, for instance).</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Called as the instance leaves the stack (ended, replaced or cancelled); for clean-up only.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>
    /// Whether this running instance can step back (e.g. a waterfall past its first step). Not in the SDK: used by
    /// "返回" interruptions through <see cref="DialogContext.GoBackAsync"/>.
    /// </summary>
    public virtual bool CanGoBack(DialogContext dc, DialogInstance instance) => false;

    /// <summary>Steps back; only called when <see cref="CanGoBack"/> answered true and the instance is active.</summary>
    public virtual Task<DialogTurnResult> GoBackAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"Dialog '{Id}' cannot go back.");

    public override string ToString() => $"{GetType().Name}({Id})";
}
