using System.Data.Common;

namespace EnvBot.Data.Persistence.Storage;

/// <summary>
/// Bot-state documents keyed by string, with ETags for optimistic concurrency. Plain SQL that SQLite (≥ 3.24) and
/// PostgreSQL both understand, so one implementation serves both providers.
/// </summary>
public sealed class BotStateStore(IDbConnectionFactory connections, TimeProvider time)
{
    private static readonly string[] ParameterNames = ["@k0", "@k1", "@k2", "@k3"];

    public Task<IReadOnlyDictionary<string, (string Json, string ETag)>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, (string, string)>>(new Dictionary<string, (string, string)>(StringComparer.Ordinal));
        }
        return connections.ReadAsync<IReadOnlyDictionary<string, (string, string)>>(async (connection, tx) =>
        {
            var result = new Dictionary<string, (string, string)>(keys.Count, StringComparer.Ordinal);
            // One or two keys per turn (conversation, user): fixed shapes keep the prepared-statement cache small.
            var names = new string[keys.Count];
            for (var n = 0; n < names.Length; n++)
            {
                names[n] = n < ParameterNames.Length ? ParameterNames[n] : "@k" + n;
            }
            await using var cmd = SqlCommands.Create(connection, tx, keys.Count == 1
                ? "SELECT key, json, etag FROM bot_state WHERE key = @k0"
                : $"SELECT key, json, etag FROM bot_state WHERE key IN ({string.Join(",", names)})");
            var i = 0;
            foreach (var key in keys)
            {
                cmd.Add(names[i++], key);
            }
            await using var reader = await cmd.Command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
            }
            return result;
        }, cancellationToken);
    }

    /// <summary>
    /// Writes all records in one transaction; returns the new ETag per key. Throws <see cref="BotStateConflictException"/>.
    /// Inside a turn started with <see cref="ProcessedActivityStore.BeginTurn"/>, the turn's processed mark is written
    /// in the same transaction, so state and mark commit together; if the mark is already there (another delivery of
    /// the activity won) nothing is written and <see cref="ActivityAlreadyProcessedException"/> is thrown.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyList<BotStateRecord> records, CancellationToken cancellationToken)
    {
        var mark = ProcessedActivityStore.CurrentPendingMark;
        var etags = await connections.WriteAsync<IReadOnlyDictionary<string, string>>(async (connection, tx) =>
        {
            var etags = new Dictionary<string, string>(records.Count, StringComparer.Ordinal);
            var now = ToStored(time.GetUtcNow());
            foreach (var record in records)
            {
                var etag = Guid.NewGuid().ToString("N");
                await using var cmd = SqlCommands.Create(connection, tx, record.ExpectedETag switch
                {
                    null => "INSERT INTO bot_state (key, json, etag, updated_at) VALUES (@key, @json, @etag, @now) ON CONFLICT (key) DO NOTHING",
                    "*" => "INSERT INTO bot_state (key, json, etag, updated_at) VALUES (@key, @json, @etag, @now) ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at",
                    _ => "UPDATE bot_state SET json = @json, etag = @etag, updated_at = @now WHERE key = @key AND etag = @expected",
                });
                cmd.Add("@key", record.Key);
                cmd.Add("@json", record.Json);
                cmd.Add("@etag", etag);
                cmd.Add("@now", now);
                if (record.ExpectedETag is not null and not "*")
                {
                    cmd.Add("@expected", record.ExpectedETag);
                }
                var affected = await cmd.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                if (affected == 0)
                {
                    // Throwing rolls the whole write back: a turn's states (and its mark) commit together or not at all.
                    throw new BotStateConflictException(record.Key);
                }
                etags[record.Key] = etag;
            }
            if (mark is not null
                && !await mark.Store.InsertAsync(connection, tx, mark.ChannelId, mark.ConversationId, mark.ActivityId, mark.Replies?.Invoke(), cancellationToken).ConfigureAwait(false))
            {
                // Another delivery of the same activity committed first: roll back, its state and replies stand.
                throw new ActivityAlreadyProcessedException(mark.ActivityId);
            }
            return etags;
        }, cancellationToken).ConfigureAwait(false);
        if (mark is not null)
        {
            mark.Recorded = true;
        }
        return etags;
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        connections.WriteAsync(async (connection, tx) =>
        {
            foreach (var key in keys)
            {
                await using var cmd = SqlCommands.Create(connection, tx, "DELETE FROM bot_state WHERE key = @key");
                cmd.Add("@key", key);
                await cmd.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
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
