namespace EnvBot.Data.Persistence.Storage;

/// <summary>
/// Remembers handled activity ids so a channel's retry (after 15 s, BOTFRAMEWORK.md §2.3) is not processed twice.
/// </summary>
public sealed class ProcessedActivityStore(IDbConnectionFactory connections, TimeProvider time)
{
    private const string InsertSql = "INSERT INTO processed_activities (channel_id, conversation_id, activity_id, processed_at) VALUES (@c, @v, @a, @now) ON CONFLICT DO NOTHING";

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
    public Task<bool> TryMarkProcessedAsync(string channelId, string conversationId, string activityId, CancellationToken cancellationToken) =>
        connections.WriteAsync((connection, tx) => InsertAsync(connection, tx, channelId, conversationId, activityId, cancellationToken), cancellationToken);

    /// <summary>
    /// Starts a turn for this activity: a bot-state write made during the turn (in this async flow) records the id in
    /// the same transaction, so the turn's state and its "processed" mark commit together, in one write instead of two.
    /// Dispose when the turn ends; if no state write carried the mark, call <see cref="TryMarkProcessedAsync"/> as before.
    /// </summary>
    public TurnMark BeginTurn(string channelId, string conversationId, string activityId)
    {
        var mark = new PendingMark(this, channelId, conversationId, activityId);
        Pending.Value = mark;
        return new TurnMark(mark);
    }

    /// <summary>The current turn's mark not yet written, for a write in this async flow to carry along.</summary>
    internal static PendingMark? CurrentPendingMark => Pending.Value is { Recorded: false, Closed: false } m ? m : null;

    internal async Task<bool> InsertAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction tx, string channelId, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        await using var cmd = SqlCommands.Create(connection, tx, InsertSql);
        cmd.Add("@c", channelId);
        cmd.Add("@v", conversationId);
        cmd.Add("@a", activityId);
        cmd.Add("@now", SqlValues.DateTimeOffset(connections.Provider, time.GetUtcNow()));
        return await cmd.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Forgets ids older than the retry window's generous multiple; run by a periodic job.</summary>
    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        connections.WriteAsync(async (connection, tx) =>
        {
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
