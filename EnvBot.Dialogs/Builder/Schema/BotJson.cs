using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnvBot.Dialogs.Builder.Schema;

/// <summary>
/// One set of JSON options for the wire: camelCase, nulls left out, case-insensitive reads (the .NET SDK reads
/// names case-insensitively), Chinese text written as is. Source-generated so a turn does not pay for reflection.
/// </summary>
public static class BotJson
{
    public static JsonSerializerOptions Options => Context.Options;

    public static BotJsonContext Context { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNameCaseInsensitive = true,
    });
}

[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
public sealed partial class BotJsonContext : JsonSerializerContext;
