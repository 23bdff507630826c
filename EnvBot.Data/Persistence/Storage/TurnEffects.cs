using EnvBot.Data.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Persistence.Storage;

/// <summary>
/// Creates a row once per chat activity (see <see cref="TurnEffect"/>). Inside a turn, the row and its effect record
/// commit in one transaction; a later attempt of the same activity (the channel's retry, on this host or another)
/// gets the first attempt's row back. Two attempts at once: the second one's effect insert waits for the first one's
/// commit (the key is unique), fails, and returns the first one's row. Outside a turn (jobs, the admin console) it
/// simply creates.
/// </summary>
public static class TurnEffects
{
    public const string Booking = "booking";
    public const string ServiceRecord = "service-record";
    public const string Matter = "matter";

    /// <summary>
    /// Runs <paramref name="create"/> (which saves its row in the given context and returns its id) in a transaction,
    /// unless this turn's activity already created a row of this kind; returns the id either way.
    /// </summary>
    public static async Task<long> CreateOnceAsync(IEnvBotDbContextFactory contexts, TimeProvider time, string kind,
        Func<EnvBotDbContext, CancellationToken, Task<long>> create, CancellationToken cancellationToken)
    {
        var turn = ProcessedActivityStore.CurrentTurn;
        await using var db = contexts.CreateDbContext();
        if (turn is not null && await FindAsync(db, turn, kind, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return earlier;
        }
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var id = await create(db, cancellationToken).ConfigureAwait(false);
        if (turn is not null)
        {
            db.TurnEffects.Add(new TurnEffect
            {
                ChannelId = turn.ChannelId, ConversationId = turn.ConversationId, ActivityId = turn.ActivityId,
                Kind = kind, EntityId = id, CreatedAt = time.GetUtcNow(),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // Another attempt of this activity committed its row meanwhile: ours goes, theirs stands.
                await tx.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                await using var again = contexts.CreateDbContext();
                if (await FindAsync(again, turn, kind, cancellationToken).ConfigureAwait(false) is { } winner)
                {
                    return winner;
                }
                throw;
            }
        }
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>What this turn's activity created so far (kind and id, in the order made); empty outside a turn.</summary>
    public static async Task<IReadOnlyList<(string Kind, long Id)>> OfCurrentTurnAsync(IEnvBotDbContextFactory contexts, CancellationToken cancellationToken)
    {
        if (ProcessedActivityStore.CurrentTurn is not { } turn)
        {
            return [];
        }
        await using var db = contexts.CreateDbContext();
        var made = await db.TurnEffects.AsNoTracking()
            .Where(e => e.ChannelId == turn.ChannelId && e.ConversationId == turn.ConversationId && e.ActivityId == turn.ActivityId)
            .OrderBy(e => e.CreatedAt).Select(e => new { e.Kind, e.EntityId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. made.Select(e => (e.Kind, e.EntityId))];
    }

    private static Task<long?> FindAsync(EnvBotDbContext db, TurnKey turn, string kind, CancellationToken cancellationToken) =>
        db.TurnEffects.AsNoTracking()
            .Where(e => e.ChannelId == turn.ChannelId && e.ConversationId == turn.ConversationId && e.ActivityId == turn.ActivityId && e.Kind == kind)
            .Select(e => (long?)e.EntityId)
            .SingleOrDefaultAsync(cancellationToken);
}
