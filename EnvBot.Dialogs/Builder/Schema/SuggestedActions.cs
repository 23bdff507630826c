using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnvBot.Dialogs.Builder.Schema;

public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
