using System.Data.Common;

namespace EnvBot.Data.Persistence.Storage;

/// <summary>
/// Bot-state documents keyed by string, with ETags for optimistic concurrency. Plain SQL that SQLite (≥ 3.24) and
/// PostgreSQL both understand, so one implementation serves both providers.
/// </summary>
public sealed class BotStateStore(IDbConnectionFactory connections, TimeProvider time)
{
    public async Task<IReadOnlyDictionary<string, (string Json, string ETag)>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return result;
        }
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.CreateCommand();
        var names = new List<string>(keys.Count);
        var i = 0;
        foreach (var key in keys)
        {
            var name = "@k" + i++;
            names.Add(name);
            AddParameter(cmd, name, key);
        }
        cmd.CommandText = $"SELECT key, json, etag FROM bot_state WHERE key IN ({string.Join(",", names)})";
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
        }
        return result;
    }

    /// <summary>Writes all records in one transaction; returns the new ETag per key. Throws <see cref="BotStateConflictException"/>.</summary>
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyList<BotStateRecord> records, CancellationToken cancellationToken) =>
        connections.WriteAsync<IReadOnlyDictionary<string, string>>(async (connection, tx) =>
        {
            var etags = new Dictionary<string, string>(StringComparer.Ordinal);
            var now = ToStored(time.GetUtcNow());
            foreach (var record in records)
            {
                var etag = Guid.NewGuid().ToString("N");
                await using var cmd = connection.CreateCommand();
                cmd.Transaction = tx;
                AddParameter(cmd, "@key", record.Key);
                AddParameter(cmd, "@json", record.Json);
                AddParameter(cmd, "@etag", etag);
                AddParameter(cmd, "@now", now);
                cmd.CommandText = record.ExpectedETag switch
                {
                    null => "INSERT INTO bot_state (key, json, etag, updated_at) VALUES (@key, @json, @etag, @now) ON CONFLICT (key) DO NOTHING",
                    "*" => "INSERT INTO bot_state (key, json, etag, updated_at) VALUES (@key, @json, @etag, @now) ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at",
                    _ => "UPDATE bot_state SET json = @json, etag = @etag, updated_at = @now WHERE key = @key AND etag = @expected",
                };
                if (record.ExpectedETag is not null and not "*")
                {
                    AddParameter(cmd, "@expected", record.ExpectedETag);
                }
                var affected = await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                if (affected == 0)
                {
                    // Throwing rolls the whole transaction back: a turn's states commit together or not at all.
                    throw new BotStateConflictException(record.Key);
                }
                etags[record.Key] = etag;
            }
            return etags;
        }, cancellationToken);

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        connections.WriteAsync(async (connection, tx) =>
        {
            foreach (var key in keys)
            {
                await using var cmd = connection.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = "DELETE FROM bot_state WHERE key = @key";
                AddParameter(cmd, "@key", key);
                await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            return 0;
        }, cancellationToken);

    /// <summary>DateTimeOffset as stored by EF Core for this provider (binary ticks on SQLite).</summary>
    internal object ToStored(DateTimeOffset value) => SqlValues.DateTimeOffset(connections.Provider, value);

    internal static void AddParameter(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
