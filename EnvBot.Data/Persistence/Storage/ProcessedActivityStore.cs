namespace EnvBot.Data.Persistence.Storage;

/// <summary>
/// Remembers handled activity ids so a channel's retry (after 15 s, BOTFRAMEWORK.md §2.3) is not processed twice.
/// </summary>
public sealed class ProcessedActivityStore(IDbConnectionFactory connections, TimeProvider time)
{
    /// <summary>How long the turn's own host has to deliver its committed replies before another host may.</summary>
    public static readonly TimeSpan ReplyLease = TimeSpan.FromSeconds(20);

    private const string InsertSql = """
        INSERT INTO processed_activities (channel_id, conversation_id, activity_id, processed_at, undelivered_replies, replies_due_at)
        VALUES (@c, @v, @a, @now, @replies, @due) ON CONFLICT DO NOTHING
        """;

    private static readonly AsyncLocal<PendingMark?> Pending = new();

    public Task<bool> WasProcessedAsync(string channelId, string conversationId, string activityId, CancellationToken cancellationToken) =>
        connections.ReadAsync(async (connection, tx) =>
        {
            await using var cmd = SqlCommands.Create(connection, tx, "SELECT 1 FROM processed_activities WHERE channel_id = @c AND conversation_id = @v AND activity_id = @a");
            cmd.Add("@c", channelId);
            cmd.Add("@v", conversationId);
            cmd.Add("@a", activityId);
            return await cmd.Command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
        }, cancellationToken);

    /// <summary>Records the id; returns false when it was already recorded (another delivery won).</summary>
    /// <param name="repliesJson">The turn's replies not yet delivered (see <see cref="ProcessedActivity.UndeliveredReplies"/>), or null.</param>
    public Task<bool> TryMarkProcessedAsync(string channelId, string conversationId, string activityId, string? repliesJson, CancellationToken cancellationToken) =>
        connections.WriteAsync((connection, tx) => InsertAsync(connection, tx, channelId, conversationId, activityId, repliesJson, cancellationToken), cancellationToken);

    /// <summary>The turn's replies were handed to the channel: nobody needs to deliver them again.</summary>
    public Task MarkRepliesDeliveredAsync(string channelId, string conversationId, string activityId, CancellationToken cancellationToken) =>
        connections.WriteAsync(async (connection, tx) =>
        {
            await using var cmd = SqlCommands.Create(connection, tx, "UPDATE processed_activities SET undelivered_replies = NULL, replies_due_at = NULL WHERE channel_id = @c AND conversation_id = @v AND activity_id = @a");
            cmd.Add("@c", channelId);
            cmd.Add("@v", conversationId);
            cmd.Add("@a", activityId);
            return await cmd.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> committed turns whose replies their host did not deliver within
    /// <see cref="ReplyLease"/> (it died in between), pushing their due time on by another lease so one host delivers
    /// them. PostgreSQL skips rows another host is claiming (FOR UPDATE SKIP LOCKED); SQLite has one writer.
    /// </summary>
    public Task<IReadOnlyList<UndeliveredTurn>> ClaimUndeliveredAsync(int max, CancellationToken cancellationToken) =>
        connections.WriteAsync<IReadOnlyList<UndeliveredTurn>>(async (connection, tx) =>
        {
            var skipLocked = connections.Provider == DatabaseProvider.PostgreSql ? " FOR UPDATE SKIP LOCKED" : "";
            await using var cmd = SqlCommands.Create(connection, tx, $"""
                UPDATE processed_activities SET replies_due_at = @next
                WHERE (channel_id, conversation_id, activity_id) IN (
                    SELECT channel_id, conversation_id, activity_id FROM processed_activities
                    WHERE replies_due_at IS NOT NULL AND replies_due_at <= @now ORDER BY replies_due_at LIMIT {max}{skipLocked})
                RETURNING channel_id, conversation_id, activity_id, undelivered_replies
                """);
            var now = time.GetUtcNow();
            cmd.Add("@now", SqlValues.DateTimeOffset(connections.Provider, now));
            cmd.Add("@next", SqlValues.DateTimeOffset(connections.Provider, now + ReplyLease));
            var claimed = new List<UndeliveredTurn>();
            await using var reader = await cmd.Command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                claimed.Add(new UndeliveredTurn(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
            return claimed;
        }, cancellationToken);

    /// <summary>
    /// Starts a turn for this activity: a bot-state write made during the turn (in this async flow) records the id in
    /// the same transaction, so the turn's state and its "processed" mark commit together, in one write instead of two.
    /// Dispose when the turn ends; if no state write carried the mark, call <see cref="TryMarkProcessedAsync"/> as before.
    /// </summary>
    /// <param name="replies">Gives the turn's replies so far as JSON (null when none), stored with the mark.</param>
    public TurnMark BeginTurn(string channelId, string conversationId, string activityId, Func<string?>? replies = null)
    {
        var mark = new PendingMark(this, channelId, conversationId, activityId) { Replies = replies };
        Pending.Value = mark;
        return new TurnMark(mark);
    }

    /// <summary>The activity whose turn runs in this async flow (until the turn ends), or null outside a turn.</summary>
    public static TurnKey? CurrentTurn => Pending.Value is { Closed: false } m ? new TurnKey(m.ChannelId, m.ConversationId, m.ActivityId) : null;

    /// <summary>The current turn's mark not yet written, for a write in this async flow to carry along.</summary>
    internal static PendingMark? CurrentPendingMark => Pending.Value is { Recorded: false, Closed: false } m ? m : null;

    internal async Task<bool> InsertAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction tx, string channelId, string conversationId, string activityId, string? repliesJson, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var cmd = SqlCommands.Create(connection, tx, InsertSql);
        cmd.Add("@c", channelId);
        cmd.Add("@v", conversationId);
        cmd.Add("@a", activityId);
        cmd.Add("@now", SqlValues.DateTimeOffset(connections.Provider, now));
        cmd.Add("@replies", (object?)repliesJson ?? DBNull.Value);
        cmd.Add("@due", repliesJson is null ? DBNull.Value : SqlValues.DateTimeOffset(connections.Provider, now + ReplyLease));
        return await cmd.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Forgets ids, and what their turns created (<see cref="TurnEffects"/>), older than the retry window's generous
    /// multiple; run by a periodic job.
    /// </summary>
    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        connections.WriteAsync(async (connection, tx) =>
        {
            await using var effects = SqlCommands.Create(connection, tx, "DELETE FROM turn_effects WHERE created_at < @cutoff");
            effects.Add("@cutoff", SqlValues.DateTimeOffset(connections.Provider, cutoff));
            await effects.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await using var cmd = SqlCommands.Create(connection, tx, "DELETE FROM processed_activities WHERE processed_at < @cutoff");
            cmd.Add("@cutoff", SqlValues.DateTimeOffset(connections.Provider, cutoff));
            return await cmd.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    internal sealed class PendingMark(ProcessedActivityStore store, string channelId, string conversationId, string activityId)
    {
        public ProcessedActivityStore Store { get; } = store;
        public string ChannelId { get; } = channelId;
        public string ConversationId { get; } = conversationId;
        public string ActivityId { get; } = activityId;

        /// <summary>The turn's replies so far, as JSON; written with the mark.</summary>
        public Func<string?>? Replies { get; init; }

        /// <summary>Set once a write that carried the mark has committed.</summary>
        public bool Recorded { get; set; }
        public bool Closed { get; set; }
    }

    /// <summary>A turn's processed mark; see <see cref="BeginTurn"/>.</summary>
    public sealed class TurnMark : IDisposable
    {
        private readonly PendingMark _mark;

        internal TurnMark(PendingMark mark) => _mark = mark;

        /// <summary>True when a state write of this turn already recorded the activity as processed.</summary>
        public bool Recorded => _mark.Recorded;

        public void Dispose()
        {
            _mark.Closed = true;
            if (ReferenceEquals(Pending.Value, _mark))
            {
                Pending.Value = null;
            }
        }
    }
}

/// <summary>The activity a turn runs for: its channel, conversation and id.</summary>
public sealed record TurnKey(string ChannelId, string ConversationId, string ActivityId);

/// <summary>A committed turn whose replies still have to be delivered (see <see cref="ProcessedActivityStore.ClaimUndeliveredAsync"/>).</summary>
public sealed record UndeliveredTurn(string ChannelId, string ConversationId, string ActivityId, string RepliesJson);
