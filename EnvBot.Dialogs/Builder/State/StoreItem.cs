using System.Text.Json.Nodes;

namespace EnvBot.Dialogs.Builder.State;

public sealed class StoreItem
{
    private JsonObject? _document;
    private string? _json;

    public StoreItem(JsonObject document, string? eTag)
    {
        _document = document;
        ETag = eTag;
    }

    /// <summary>An item whose document is already serialized (as read from or written to storage); parsed only if asked for.</summary>
    internal StoreItem(string json, string? eTag)
    {
        _json = json;
        ETag = eTag;
    }

    public JsonObject Document
    {
        get => _document ??= JsonNode.Parse(_json!) as JsonObject ?? [];
        set
        {
            _document = value;
            _json = null;
        }
    }

    public string? ETag { get; set; }

    /// <summary>
    /// The document's JSON when the item was made from JSON and the document was not handed out since (it may have
    /// been changed through the live object); otherwise null, and storage serializes <see cref="Document"/>.
    /// </summary>
    internal string? Json => _document is null ? _json : null;

    public const string AnyETag = "*";
}
