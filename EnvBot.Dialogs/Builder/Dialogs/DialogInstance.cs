using System.Text.Json.Nodes;

namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>
/// One entry of the dialog stack. <see cref="State"/> is plain JSON so it survives being saved between turns;
/// read and write it with <see cref="DialogJsonExtensions"/>.
/// </summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = "";

    public JsonObject State { get; set; } = [];
}
