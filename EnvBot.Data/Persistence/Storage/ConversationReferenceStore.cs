using System.Collections.Concurrent;
using EnvBot.Data.Domain.Conversations;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Persistence.Storage;

/// <summary>
/// Upserts the sender's conversation reference on every inbound activity (BOTFRAMEWORK.md §3.3: serviceUrl can change),
/// skipping the write when nothing changed since this process last wrote it.
/// </summary>
public sealed class ConversationReferenceStore(IDbConnectionFactory connections, IEnvBotDbContextFactory contexts, TimeProvider time)
{
    private readonly ConcurrentDictionary<(string, string, string), string> _lastWritten = new();

    public async Task UpsertAsync(StoredConversationReference reference, CancellationToken cancellationToken)
    {
        var cacheKey = (reference.ChannelId, reference.ConversationId, reference.UserId);
        var fingerprint = reference.ReferenceJson + "|" + reference.ServiceUrlTrusted;
        if (_lastWritten.TryGetValue(cacheKey, out var last) && last == fingerprint)
        {
            return;
        }
        await connections.WriteAsync(async (connection, tx) =>
        {
            // A trusted serviceUrl is never downgraded by an unauthenticated activity (SPEC-ACT A7560).
            await using var cmd = SqlCommands.Create(connection, tx, """
                INSERT INTO conversation_references (channel_id, conversation_id, user_id, user_name, tenant_id, is_group, service_url, service_url_trusted, reference_json, updated_at)
                VALUES (@channel, @conversation, @user, @name, @tenant, @group, @url, @trusted, @json, @now)
                ON CONFLICT (channel_id, conversation_id, user_id) DO UPDATE SET
                  user_name = excluded.user_name, tenant_id = excluded.tenant_id, is_group = excluded.is_group,
                  service_url = excluded.service_url, service_url_trusted = excluded.service_url_trusted,
                  reference_json = excluded.reference_json, updated_at = excluded.updated_at
                """);
            cmd.Add("@channel", reference.ChannelId);
            cmd.Add("@conversation", reference.ConversationId);
            cmd.Add("@user", reference.UserId);
            cmd.Add("@name", (object?)reference.UserName ?? DBNull.Value);
            cmd.Add("@tenant", (object?)reference.TenantId ?? DBNull.Value);
            cmd.Add("@group", reference.IsGroup);
            cmd.Add("@url", reference.ServiceUrl);
            cmd.Add("@trusted", reference.ServiceUrlTrusted);
            cmd.Add("@json", reference.ReferenceJson);
            cmd.Add("@now", SqlValues.DateTimeOffset(connections.Provider, time.GetUtcNow()));
            return await cmd.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        _lastWritten[cacheKey] = fingerprint;
    }

    public async Task<StoredConversationReference?> FindAsync(string channelId, string conversationId, string? userId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var query = db.ConversationReferences.AsNoTracking().Where(r => r.ChannelId == channelId && r.ConversationId == conversationId);
        if (userId is not null)
        {
            query = query.Where(r => r.UserId == userId);
        }
        return await query.OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredConversationReference>> ForUserAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.ConversationReferences.AsNoTracking()
            .Where(r => r.ChannelId == channelId && r.UserId == userId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
