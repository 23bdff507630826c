using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>JSON options for dialog state, options and results: camelCase, nulls left out, Chinese kept readable.</summary>
internal static class DialogJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Turns any value into a JSON node that can be attached somewhere new: a node that already has a parent is
    /// cloned (a JsonNode can live in one tree only), anything else is serialized.
    /// </summary>
    public static JsonNode? ToNode<T>(T value) => value switch
    {
        null => null,
        JsonNode { Parent: null } node => node,
        JsonNode node => node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), Options),
    };

    public static T? FromNode<T>(JsonNode? node) => node is null ? default : node.Deserialize<T>(Options);
}
