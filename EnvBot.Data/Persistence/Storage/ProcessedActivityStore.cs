namespace EnvBot.Data.Persistence.Storage;

/// <summary>
/// Remembers handled activity ids so a channel's retry (after 15 s, BOTFRAMEWORK.md §2.3) is not processed twice.
/// </summary>
public sealed class ProcessedActivityStore(IDbConnectionFactory connections, TimeProvider time)
{
    public async Task<bool> WasProcessedAsync(string channelId, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT 1 FROM processed_activities WHERE channel_id = @c AND conversation_id = @v AND activity_id = @a";
        BotStateStore.AddParameter(cmd, "@c", channelId);
        BotStateStore.AddParameter(cmd, "@v", conversationId);
        BotStateStore.AddParameter(cmd, "@a", activityId);
        return await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>Records the id; returns false when it was already recorded (another delivery won).</summary>
    public Task<bool> TryMarkProcessedAsync(string channelId, string conversationId, string activityId, CancellationToken cancellationToken) =>
        connections.WriteAsync(async (connection, tx) =>
        {
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO processed_activities (channel_id, conversation_id, activity_id, processed_at) VALUES (@c, @v, @a, @now) ON CONFLICT DO NOTHING";
            BotStateStore.AddParameter(cmd, "@c", channelId);
            BotStateStore.AddParameter(cmd, "@v", conversationId);
            BotStateStore.AddParameter(cmd, "@a", activityId);
            BotStateStore.AddParameter(cmd, "@now", SqlValues.DateTimeOffset(connections.Provider, time.GetUtcNow()));
            return await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);

    /// <summary>Forgets ids older than the retry window's generous multiple; run by a periodic job.</summary>
    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        connections.WriteAsync(async (connection, tx) =>
        {
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "DELETE FROM processed_activities WHERE processed_at < @cutoff";
            BotStateStore.AddParameter(cmd, "@cutoff", SqlValues.DateTimeOffset(connections.Provider, cutoff));
            return await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
}
