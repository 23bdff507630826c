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
            turnContext.TurnState[_contextServiceKey] = new CachedState(null, new JsonObject(), null);
            return;
        }
        var items = await Storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        turnContext.TurnState[_contextServiceKey] = items.TryGetValue(key, out var item)
            ? new CachedState(key, item.Document, item.ETag)
            : new CachedState(key, new JsonObject(), null);
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
        var document = cached.Serialize();
        var json = document.ToJsonString();
        return !force && json == cached.OriginalJson ? null : (cached.Key, new StoreItem(document, cached.ETag), json);
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

    internal sealed class CachedState(string? key, JsonObject document, string? eTag)
    {
        private readonly Dictionary<string, object?> _live = new(StringComparer.Ordinal);
        private JsonObject _document = document;

        public string? Key { get; } = key;
        public string? ETag { get; set; } = eTag;
        public string OriginalJson { get; set; } = document.ToJsonString();

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

        public JsonObject Serialize()
        {
            var result = (JsonObject)_document.DeepClone();
            foreach (var (name, value) in _live)
            {
                result[name] = value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), ValueOptions);
            }
            return result;
        }
    }
}
