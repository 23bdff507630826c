using System.Text.Json.Nodes;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>
/// Runs steps in order; each step usually prompts and the next receives the answer as
/// <see cref="WaterfallStepContext.Result"/>. Its options, values and step index are kept as JSON in the instance.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string StepIndexKey = "stepIndex";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        _steps = steps is null ? [] : [.. steps];
    }

    public IReadOnlyList<WaterfallStep> Steps => _steps;

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options = null, CancellationToken cancellationToken = default)
    {
        var state = Active(dc).State;
        state[OptionsKey] = DialogJson.ToNode(options);
        state[ValuesKey] = new JsonObject();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>Only reached when a step waited without beginning a child: the user's text becomes the next step's result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var activity = dc.Context.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(EndOfTurn);
        }
        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, activity.Text is null ? null : JsonValue.Create(activity.Text), cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonNode? result = null, CancellationToken cancellationToken = default)
    {
        var index = Active(dc).State.GetValue<int>(StepIndexKey);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    public override bool CanGoBack(DialogContext dc, DialogInstance instance) => instance.State.GetValue<int>(StepIndexKey) > 0;

    /// <summary>Re-runs the previous step (which normally asks its question again); values already given are kept.</summary>
    public override Task<DialogTurnResult> GoBackAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var index = instance.State.GetValue<int>(StepIndexKey);
        return RunStepAsync(dc, Math.Max(0, index - 1), DialogReason.BackCalled, null, cancellationToken);
    }

    /// <summary>Runs step <paramref name="index"/>, or ends the waterfall with <paramref name="result"/> after the last step.</summary>
    protected virtual async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, JsonNode? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }
        var state = Active(dc).State;
        state[StepIndexKey] = index;
        if (state[ValuesKey] is not JsonObject values)
        {
            values = [];
            state[ValuesKey] = values;
        }
        var stepContext = new WaterfallStepContext(this, dc, state[OptionsKey], values, index, reason, result);
        return await _steps[index](stepContext, cancellationToken).ConfigureAwait(false);
    }

    private DialogInstance Active(DialogContext dc) =>
        dc.ActiveDialog is { } instance && instance.Id == Id
            ? instance
            : throw new InvalidOperationException($"Waterfall '{Id}' is not the active dialog.");
}
