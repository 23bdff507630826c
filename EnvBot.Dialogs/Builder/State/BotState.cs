using System.Text.Json;
using System.Text.Json.Nodes;

namespace EnvBot.Dialogs.Builder.State;

/// <summary>
/// State scoped by a key derived from the turn (conversation, user). Loaded once per turn and cached in the turn;
/// values are live objects during the turn and serialized at save, which is skipped when nothing changed.
/// </summary>
public abstract class BotState(IStorage storage, string contextServiceKey)
{
    internal static readonly JsonSerializerOptions ValueOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly string _contextServiceKey = contextServiceKey;

    protected IStorage Storage { get; } = storage;

    /// <summary>The storage key for this turn, or null when the turn has no such scope (e.g. no conversation id).</summary>
    public abstract string? GetStorageKey(ITurnContext turnContext);

    public IStatePropertyAccessor<T> CreateProperty<T>(string name) => new StatePropertyAccessor<T>(this, name);

    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        var cached = turnContext.TurnState.Get<CachedState>(_contextServiceKey);
        if (cached is not null && !force)
        {
            return;
        }
        var key = GetStorageKey(turnContext);
        if (key is null)
        {
            turnContext.TurnState[_contextServiceKey] = new CachedState(null, new JsonObject(), null, EmptyJson);
            return;
        }
        var items = await Storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        if (items.TryGetValue(key, out var item))
        {
            // The stored text is the baseline for "changed?": no need to serialize what was just parsed.
            // (Read Json before Document: handing out the document drops the text.)
            var stored = item.Json;
            var document = item.Document;
            turnContext.TurnState[_contextServiceKey] = new CachedState(key, document, item.ETag, stored ?? document.ToJsonString(ValueOptions));
        }
        else
        {
            turnContext.TurnState[_contextServiceKey] = new CachedState(key, new JsonObject(), null, EmptyJson);
        }
    }

    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        var pending = PrepareSave(turnContext, force);
        if (pending is null)
        {
            return;
        }
        var (key, item, json) = pending.Value;
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = item }, cancellationToken).ConfigureAwait(false);
        CompleteSave(turnContext, item, json);
    }

    /// <summary>The write this turn needs, or null when nothing changed; lets several states commit in one write.</summary>
    internal (string Key, StoreItem Item, string Json)? PrepareSave(ITurnContext turnContext, bool force)
    {
        var cached = turnContext.TurnState.Get<CachedState>(_contextServiceKey);
        if (cached?.Key is null)
        {
            return null;
        }
        // Serialized once, straight to text: the comparison and the storage write both use this string.
        var json = cached.SerializeToJson();
        return !force && json == cached.OriginalJson ? null : (cached.Key, new StoreItem(json, cached.ETag), json);
    }

    internal void CompleteSave(ITurnContext turnContext, StoreItem item, string json)
    {
        var cached = GetCached(turnContext);
        cached.ETag = item.ETag;
        cached.OriginalJson = json;
    }

    internal IStorage StorageForBatch => Storage;

    /// <summary>Forgets this turn's state so the next save writes an empty document (used to clear a broken dialog stack).</summary>
    public void ClearState(ITurnContext turnContext)
    {
        var cached = turnContext.TurnState.Get<CachedState>(_contextServiceKey);
        cached?.Clear();
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var key = GetStorageKey(turnContext);
        if (key is not null)
        {
            await Storage.DeleteAsync([key], cancellationToken).ConfigureAwait(false);
        }
        turnContext.TurnState.Remove(_contextServiceKey);
    }

    internal CachedState GetCached(ITurnContext turnContext) =>
        turnContext.TurnState.Get<CachedState>(_contextServiceKey)
        ?? throw new InvalidOperationException($"{GetType().Name} was not loaded for this turn; add AutoSaveStateMiddleware or call LoadAsync.");

    private const string EmptyJson = "{}";

    internal sealed class CachedState(string? key, JsonObject document, string? eTag, string originalJson)
    {
        private readonly Dictionary<string, object?> _live = new(StringComparer.Ordinal);
        private JsonObject _document = document;

        public string? Key { get; } = key;
        public string? ETag { get; set; } = eTag;
        public string OriginalJson { get; set; } = originalJson;

        public bool TryGet<T>(string name, out T? value)
        {
            if (_live.TryGetValue(name, out var live))
            {
                value = (T?)live;
                return true;
            }
            if (_document.TryGetPropertyValue(name, out var node) && node is not null)
            {
                value = node.Deserialize<T>(ValueOptions);
                _live[name] = value;
                return true;
            }
            value = default;
            return false;
        }

        public void Set(string name, object? value) => _live[name] = value;

        public void Remove(string name)
        {
            _live.Remove(name);
            _document.Remove(name);
        }

        public void Clear()
        {
            _live.Clear();
            _document = new JsonObject();
        }

        /// <summary>
        /// The document with live values written over it, as JSON text: the stored properties in their order (a live
        /// value in its property's place), then live values that are new, exactly as cloning the document and
        /// assigning the live values would produce, without building the intermediate nodes.
        /// </summary>
        public string SerializeToJson()
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ValueOptions.Encoder }))
            {
                writer.WriteStartObject();
                foreach (var (name, node) in _document)
                {
                    writer.WritePropertyName(name);
                    if (_live.TryGetValue(name, out var live))
                    {
                        WriteValue(writer, live);
                    }
                    else if (node is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        node.WriteTo(writer);
                    }
                }
                foreach (var (name, live) in _live)
                {
                    if (!_document.ContainsKey(name))
                    {
                        writer.WritePropertyName(name);
                        WriteValue(writer, live);
                    }
                }
                writer.WriteEndObject();
            }
            return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        private static void WriteValue(Utf8JsonWriter writer, object? value)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, value, value.GetType(), ValueOptions);
            }
        }
    }
}
