using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>
/// A component dialog that lets the user step out of any question inside it (the SDK samples' CancelAndHelpDialog):
/// "帮助"/"help"/"?" shows <see cref="HelpText"/> and asks the current question again; "取消"/"cancel"/"退出" cancels
/// every dialog in the conversation and says "已取消。"; "返回"/"back" re-runs the previous waterfall step (looking
/// inside nested components), or cancels like "取消" when there is no previous step.
/// </summary>
public class InterruptibleComponentDialog : ComponentDialog
{
    public InterruptibleComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>Shown for "帮助"; override per feature.</summary>
    public virtual string HelpText => DialogReplies.DefaultHelp;

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var activity = innerDc.Context.Activity;
        var interruption = activity.Type == ActivityTypes.Message
            ? InterruptionRecognizer.Recognize(activity.Text)
            : Interruption.None;
        return interruption switch
        {
            Interruption.Help => await OnHelpAsync(innerDc, cancellationToken).ConfigureAwait(false),
            Interruption.Cancel => await OnCancelAsync(innerDc, cancellationToken).ConfigureAwait(false),
            Interruption.Back when innerDc.CanGoBack() => await innerDc.GoBackAsync(cancellationToken).ConfigureAwait(false),
            Interruption.Back => await OnCancelAsync(innerDc, cancellationToken).ConfigureAwait(false),
            _ => await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>Sends <see cref="HelpText"/>, then re-asks the active prompt; the prompt's attempt count is untouched.</summary>
    protected virtual async Task<DialogTurnResult> OnHelpAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.Context.SendActivityAsync(Activity.CreateMessage(HelpText), cancellationToken).ConfigureAwait(false);
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>Says "已取消。" and cancels this component's stack and every stack around it, so nobody stays trapped.</summary>
    protected virtual async Task<DialogTurnResult> OnCancelAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.Context.SendActivityAsync(Activity.CreateMessage(DialogReplies.Cancelled), cancellationToken).ConfigureAwait(false);
        return await innerDc.CancelAllDialogsAsync(true, cancellationToken).ConfigureAwait(false);
    }
}
