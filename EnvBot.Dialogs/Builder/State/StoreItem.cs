using System.Text.Json.Nodes;

namespace EnvBot.Dialogs.Builder.State;

public sealed class StoreItem(JsonObject document, string? eTag)
{
    public JsonObject Document { get; set; } = document;
    public string? ETag { get; set; } = eTag;

    public const string AnyETag = "*";
}
