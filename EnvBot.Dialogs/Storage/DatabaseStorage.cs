using EnvBot.Data.Persistence.Storage;
using EnvBot.Dialogs.Builder.State;

namespace EnvBot.Dialogs.Storage;

/// <summary>Bot state kept in the database (SQLite or PostgreSQL) with ETags, so it survives restarts and scale-out.</summary>
public sealed class DatabaseStorage(BotStateStore store) : IStorage
{
    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var rows = await store.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, StoreItem>(rows.Count, StringComparer.Ordinal);
        foreach (var (key, (json, etag)) in rows)
        {
            result[key] = new StoreItem(json, etag);
        }
        return result;
    }

    public async Task WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        var records = changes.Select(c => new BotStateRecord(c.Key, c.Value.Json ?? c.Value.Document.ToJsonString(), c.Value.ETag)).ToList();
        IReadOnlyDictionary<string, string> etags;
        try
        {
            etags = await store.WriteAsync(records, cancellationToken).ConfigureAwait(false);
        }
        catch (BotStateConflictException ex)
        {
            throw new StorageConcurrencyException(ex.Key);
        }
        catch (ActivityAlreadyProcessedException ex)
        {
            throw new TurnAlreadyHandledException(ex.ActivityId, ex);
        }
        foreach (var (key, item) in changes)
        {
            item.ETag = etags[key];
        }
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => store.DeleteAsync(keys, cancellationToken);
}
