using System.Text.Json.Nodes;

namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>
/// What a waterfall step sees: the waterfall's <see cref="Options"/> and <see cref="Values"/> (saved between
/// turns), the previous step's <see cref="Result"/>, and all of <see cref="DialogContext"/> (it shares the stack).
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, JsonNode? options, JsonObject values, int index, DialogReason reason, JsonNode? result)
        : base(dc.Dialogs, dc.Context, dc.State, dc.Parent)
    {
        _waterfall = waterfall;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The options the waterfall was begun with (read with <c>Options.ToValue&lt;T&gt;()</c>).</summary>
    public JsonNode? Options { get; }

    /// <summary>Values the steps share; saved as JSON, read and write with <c>GetValue&lt;T&gt;</c>/<c>SetValue</c>.</summary>
    public JsonObject Values { get; }

    /// <summary>The previous step's or child dialog's result (read with <c>Result.ToValue&lt;T&gt;()</c>).</summary>
    public JsonNode? Result { get; }

    /// <summary>Skips to the next step with <paramref name="result"/> as its <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(JsonNode? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of waterfall '{_waterfall.Id}'.");
        }
        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
