using System.Text.Json.Nodes;

namespace EnvBot.Dialogs.Builder.State;

/// <summary>In-process storage for tests; same ETag rules as the database storage.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, (string Json, string ETag)> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    result[key] = new StoreItem((JsonObject)JsonNode.Parse(item.Json)!, item.ETag);
                }
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(result);
    }

    public Task WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var (key, item) in changes)
            {
                var exists = _items.TryGetValue(key, out var current);
                if ((item.ETag is null && exists) || (item.ETag is not null and not StoreItem.AnyETag && (!exists || current.ETag != item.ETag)))
                {
                    throw new StorageConcurrencyException(key);
                }
            }
            foreach (var (key, item) in changes)
            {
                var etag = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _items[key] = (item.Document.ToJsonString(), etag);
                item.ETag = etag;
            }
        }
        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }
        return Task.CompletedTask;
    }
}
