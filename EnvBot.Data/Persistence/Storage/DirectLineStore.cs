using EnvBot.Data.Domain.DirectLine;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Persistence.Storage;

/// <summary>
/// Direct Line conversations and their history. Appends are plain SQL inside the serialized write (the sequence is
/// read and used in one transaction); reads go through EF Core.
/// </summary>
public sealed class DirectLineStore(IDbConnectionFactory connections, IEnvBotDbContextFactory contexts, TimeProvider time)
{
    /// <summary>
    /// The PostgreSQL NOTIFY channel an append signals on, payload "conversationId sequence". The host that holds the
    /// conversation's WebSocket may be another instance (issue 9); it LISTENs and reads the new rows by watermark.
    /// </summary>
    public const string NotifyChannel = "envbot_directline";

    /// <summary>Creates the conversation; false when it already exists (the start request answers 200 then, not 201).</summary>
    public Task<bool> TryCreateConversationAsync(string conversationId, string? userId, CancellationToken cancellationToken) =>
        connections.WriteAsync(async (connection, tx) =>
        {
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO directline_conversations (id, user_id, created_at) VALUES (@id, @user, @now) ON CONFLICT DO NOTHING";
            BotStateStore.AddParameter(cmd, "@id", conversationId);
            BotStateStore.AddParameter(cmd, "@user", (object?)userId ?? DBNull.Value);
            BotStateStore.AddParameter(cmd, "@now", SqlValues.DateTimeOffset(connections.Provider, time.GetUtcNow()));
            return await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);

    /// <summary>Records the user of a conversation started without one; true only the first time (so the bot hears of the user once).</summary>
    public Task<bool> TrySetUserAsync(string conversationId, string userId, CancellationToken cancellationToken) =>
        connections.WriteAsync(async (connection, tx) =>
        {
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "UPDATE directline_conversations SET user_id = @user WHERE id = @id AND user_id IS NULL";
            BotStateStore.AddParameter(cmd, "@id", conversationId);
            BotStateStore.AddParameter(cmd, "@user", userId);
            return await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);

    public async Task<DirectLineConversation?> FindConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.DirectLineConversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Appends one activity with the next sequence number. <paramref name="render"/> receives that number and returns
    /// the JSON to store, so the activity's id can contain it.
    /// </summary>
    public Task<long> AppendActivityAsync(string conversationId, Func<long, string> render, CancellationToken cancellationToken) =>
        connections.WriteAsync(async (connection, tx) =>
        {
            long next;
            if (connections.Provider == DatabaseProvider.PostgreSql)
            {
                // Instances append concurrently on PostgreSQL; locking the conversation row serializes its sequence
                // (SQLite writes are already serialized in-process).
                await using var lockRow = connection.CreateCommand();
                lockRow.Transaction = tx;
                lockRow.CommandText = "SELECT 1 FROM directline_conversations WHERE id = @id FOR UPDATE";
                BotStateStore.AddParameter(lockRow, "@id", conversationId);
                await lockRow.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            }
            await using (var max = connection.CreateCommand())
            {
                max.Transaction = tx;
                max.CommandText = "SELECT COALESCE(MAX(sequence), -1) + 1 FROM directline_activities WHERE conversation_id = @id";
                BotStateStore.AddParameter(max, "@id", conversationId);
                next = Convert.ToInt64(await max.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            }
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO directline_activities (conversation_id, sequence, activity_json, created_at) VALUES (@id, @seq, @json, @now)";
            BotStateStore.AddParameter(cmd, "@id", conversationId);
            BotStateStore.AddParameter(cmd, "@seq", next);
            BotStateStore.AddParameter(cmd, "@json", render(next));
            BotStateStore.AddParameter(cmd, "@now", SqlValues.DateTimeOffset(connections.Provider, time.GetUtcNow()));
            await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (connections.Provider == DatabaseProvider.PostgreSql)
            {
                // Delivered to listeners on commit, never for a rolled-back append.
                await using var notify = connection.CreateCommand();
                notify.Transaction = tx;
                notify.CommandText = "SELECT pg_notify(@channel, @payload)";
                BotStateStore.AddParameter(notify, "@channel", NotifyChannel);
                BotStateStore.AddParameter(notify, "@payload", conversationId + " " + next.ToString(System.Globalization.CultureInfo.InvariantCulture));
                await notify.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            }
            return next;
        }, cancellationToken);

    /// <summary>The history after <paramref name="afterSequence"/> (-1 for all), oldest first.</summary>
    public async Task<IReadOnlyList<DirectLineActivity>> ReadActivitiesAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.DirectLineActivities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Sequence > afterSequence)
            .OrderBy(a => a.Sequence)
            .Take(limit)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
