using System.Text.Json;
using EnvBot.Data.Outbox;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Proactive;

/// <summary>
/// How features send a message outside the turn that caused it (answers relayed to an enterprise, reminders, routed
/// questions to a department channel): queued durably, sent by the host's outbox sender.
/// </summary>
public sealed class ProactiveOutbox(OutboxStore store, OutboxSignal signal)
{
    public async Task<bool> EnqueueAsync(string idempotencyKey, string channelId, string conversationId, string? userId, Activity activity, DateTimeOffset? dueAt = null, CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.Serialize(activity, BotJson.Context.Activity);
        var queued = await store.EnqueueAsync(idempotencyKey, channelId, conversationId, userId, json, dueAt, cancellationToken).ConfigureAwait(false);
        if (queued)
        {
            signal.Notify();
        }
        return queued;
    }
}
