using System.Text.Json.Nodes;

namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>The outcome of a dialog call: a status and, when a dialog completed, its JSON result.</summary>
public sealed class DialogTurnResult(DialogTurnStatus status, JsonNode? result = null)
{
    public DialogTurnStatus Status { get; } = status;

    public JsonNode? Result { get; } = result;

    public override string ToString() => $"{Status} {Result?.ToJsonString()}";
}
