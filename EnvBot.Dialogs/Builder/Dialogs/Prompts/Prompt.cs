using System.Text.Json.Nodes;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>
/// Asks one question and ends with the recognized, validated answer as JSON. Its options and attempt count live in
/// the instance state. After <see cref="PromptOptions.MaxAttempts"/> unusable answers it gives up: it sends
/// <see cref="PromptReplies.GaveUp"/> and cancels all dialogs, including those around it, so the caller receives
/// <see cref="DialogTurnStatus.Cancelled"/> and the conversation's stack is empty (nobody is trapped in a loop).
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string AttemptCountKey = "attemptCount";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    /// <summary>Sent on retry when the options have no <see cref="PromptOptions.RetryPrompt"/>.</summary>
    protected abstract string DefaultRetryText { get; }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options = null, CancellationToken cancellationToken = default)
    {
        var promptOptions = PromptOptions.FromJson(options);
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = promptOptions.ToJson();
        state[AttemptCountKey] = 0;
        await OnPromptAsync(dc.Context, state, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var options = PromptOptions.FromJson(state[OptionsKey]);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken).ConfigureAwait(false);
        var attemptCount = state.GetValue<int>(AttemptCountKey) + 1;
        state[AttemptCountKey] = attemptCount;

        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attemptCount, state), cancellationToken).ConfigureAwait(false);
        if (isValid)
        {
            return await dc.EndDialogAsync(DialogJson.ToNode(recognized.Value), cancellationToken).ConfigureAwait(false);
        }

        if (attemptCount >= Math.Max(1, options.MaxAttempts))
        {
            await dc.Context.SendActivityAsync(Activity.CreateMessage(PromptReplies.GaveUp), cancellationToken).ConfigureAwait(false);
            return await dc.CancelAllDialogsAsync(true, cancellationToken).ConfigureAwait(false);
        }

        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken).ConfigureAwait(false);
        }
        return EndOfTurn;
    }

    /// <summary>A child a validator began has ended: ask again and keep waiting.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        OnPromptAsync(turnContext, instance.State, PromptOptions.FromJson(instance.State[OptionsKey]), false, cancellationToken);

    /// <summary>Sends the prompt (or on retry the retry prompt, else <see cref="DefaultRetryText"/>).</summary>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var activity = isRetry
            ? options.RetryPrompt ?? Activity.CreateMessage(DefaultRetryText)
            : options.Prompt;
        if (activity is null)
        {
            return;
        }
        activity.InputHint ??= InputHints.ExpectingInput;
        DecoratePrompt(activity, options);
        await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lets a prompt add to what it sends (buttons for choices); the activity is a fresh copy each time.</summary>
    protected virtual void DecoratePrompt(Activity activity, PromptOptions options)
    {
    }

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken);
}
