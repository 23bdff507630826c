using EnvBot.Data.Domain.Outbox;
using EnvBot.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Outbox;

/// <summary>The persistent outbox: enqueue idempotently, claim due messages, record the outcome.</summary>
public sealed class OutboxStore(IEnvBotDbContextFactory contexts, IDbConnectionFactory connections, TimeProvider time)
{
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    /// <returns>False when a message with this idempotency key was already queued.</returns>
    public async Task<bool> EnqueueAsync(string idempotencyKey, string channelId, string conversationId, string? userId, string activityJson, DateTimeOffset? dueAt, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (await db.Outbox.AnyAsync(m => m.IdempotencyKey == idempotencyKey, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        var now = time.GetUtcNow();
        db.Outbox.Add(new OutboxMessage
        {
            IdempotencyKey = idempotencyKey,
            ChannelId = channelId,
            ConversationId = conversationId,
            UserId = userId,
            ActivityJson = activityJson,
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            // Npgsql takes timestamptz only at offset zero; callers may pass bureau-local times (quiet hours end at 08:00 +08:00).
            DueAt = (dueAt ?? now).ToUniversalTime(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            // Lost a race with an identical enqueue: the unique key kept it to one.
            return false;
        }
    }

    /// <summary>
    /// Claims up to <paramref name="max"/> due messages for <paramref name="owner"/>, oldest first. PostgreSQL uses
    /// FOR UPDATE SKIP LOCKED so several hosts never claim the same row; SQLite has a single writer anyway.
    /// A message waits while an earlier one to the same conversation is being sent by another pass: a guide must read
    /// 整改项 1 before 整改项 2, and two passes racing (the background one and an explicit one, or two hosts) would
    /// otherwise send them in whichever order their reads of the conversation reference finished.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(string owner, int max, CancellationToken cancellationToken)
    {
        // Raw SQL parameters skip the model's converters, and Npgsql takes timestamptz only at offset zero.
        var now = time.GetUtcNow().ToUniversalTime();
        var until = now + ClaimLease;
        await using var db = contexts.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        List<OutboxMessage> due;
        if (connections.Provider == DatabaseProvider.PostgreSql)
        {
            due = await db.Outbox.FromSqlInterpolated($"""
                SELECT * FROM outbox o WHERE o.status = 'Pending' AND o.due_at <= {now} AND (o.locked_until IS NULL OR o.locked_until < {now})
                  AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.status = 'Pending' AND e.channel_id = o.channel_id
                    AND e.conversation_id = o.conversation_id AND e.id < o.id AND e.locked_until >= {now})
                ORDER BY o.due_at, o.id LIMIT {max} FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var pending = await db.Outbox.Where(m => m.Status == OutboxStatus.Pending).ToListAsync(cancellationToken).ConfigureAwait(false);
            var firstInFlight = pending.Where(m => m.LockedUntil >= now)
                .GroupBy(m => (m.ChannelId, m.ConversationId)).ToDictionary(g => g.Key, g => g.Min(m => m.Id));
            due = pending
                .Where(m => m.DueAt <= now && (m.LockedUntil is null || m.LockedUntil < now))
                .Where(m => !(firstInFlight.TryGetValue((m.ChannelId, m.ConversationId), out var first) && first < m.Id))
                .OrderBy(m => m.DueAt).ThenBy(m => m.Id).Take(max).ToList();
        }
        foreach (var m in due)
        {
            m.LockedBy = owner;
            m.LockedUntil = until;
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return due;
    }

    public Task MarkSentAsync(long id, CancellationToken cancellationToken) =>
        UpdateAsync(id, m =>
        {
            m.Status = OutboxStatus.Sent;
            m.SentAt = time.GetUtcNow();
            m.Attempts++;
            m.LockedBy = null;
            m.LockedUntil = null;
        }, cancellationToken);

    public Task MarkFailedAsync(long id, int? statusCode, string error, bool permanent, TimeSpan? retryAfter, CancellationToken cancellationToken) =>
        UpdateAsync(id, m =>
        {
            m.Attempts++;
            m.LastError = error;
            m.LastStatusCode = statusCode;
            m.LockedBy = null;
            m.LockedUntil = null;
            if (permanent)
            {
                m.Status = OutboxStatus.Failed;
            }
            else
            {
                m.DueAt = time.GetUtcNow() + OutboxBackoff.After(m.Attempts, retryAfter);
            }
        }, cancellationToken);

    /// <summary>
    /// Puts a claimed message back until <paramref name="until"/> without counting an attempt: its conversation is held
    /// after a 429 (the channel's Retry-After covers the conversation, not just the one message).
    /// </summary>
    public Task DeferAsync(long id, DateTimeOffset until, CancellationToken cancellationToken) =>
        UpdateAsync(id, m =>
        {
            m.DueAt = until.ToUniversalTime();
            m.LockedBy = null;
            m.LockedUntil = null;
        }, cancellationToken);

    /// <summary>Messages the channel refused for good, newest first, for the administrator.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> FailedAsync(int max, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return (await db.Outbox.AsNoTracking().Where(m => m.Status == OutboxStatus.Failed).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderByDescending(m => m.CreatedAt).Take(max).ToList();
    }

    public async Task<OutboxMessage?> FindAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Outbox.AsNoTracking().SingleOrDefaultAsync(m => m.IdempotencyKey == idempotencyKey, cancellationToken).ConfigureAwait(false);
    }

    private async Task UpdateAsync(long id, Action<OutboxMessage> change, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var message = await db.Outbox.SingleAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        change(message);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
