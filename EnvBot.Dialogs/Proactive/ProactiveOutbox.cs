using System.Text.Json;
using EnvBot.Data.Outbox;
using EnvBot.Data.Persistence.Storage;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Proactive;

/// <summary>What became of a message for one chat account (<see cref="ProactiveOutbox.TellAccountAsync"/>).</summary>
public enum TellResult
{
    /// <summary>The bot has no 1:1 conversation with the account yet: it can only write where it was written to.</summary>
    NoConversation,
    Queued,
    /// <summary>The same key was queued before (a repeated command or job run): nothing new.</summary>
    AlreadyQueued,
}

/// <summary>
/// How features send a message outside the turn that caused it (answers relayed to an enterprise, reminders, routed
/// questions to a department channel): queued durably, sent by the host's outbox sender.
/// </summary>
public sealed class ProactiveOutbox(OutboxStore store, OutboxSignal signal, ConversationReferenceStore references)
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

    /// <summary>The account's latest 1:1 conversation, or null when the bot has none to write to.</summary>
    public async Task<string?> DirectConversationOfAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        (await references.ForUserAsync(channelId, userId, cancellationToken).ConfigureAwait(false))
            .Where(r => !r.IsGroup).OrderByDescending(r => r.UpdatedAt).FirstOrDefault()?.ConversationId;

    /// <summary>
    /// Queues <paramref name="text"/> to one person's chat account in its latest 1:1 conversation, keyed
    /// <c>{key}:{channelId}:{userId}</c> so each account gets it once.
    /// </summary>
    public Task<TellResult> TellAccountAsync(string channelId, string userId, string key, string text, CancellationToken cancellationToken) =>
        TellAccountAsync(channelId, userId, key, Activity.CreateMessage(text), null, cancellationToken);

    /// <summary>
    /// The same with a whole activity (e.g. with suggested actions) and an optional earliest send time (quiet hours).
    /// The outbox message keyed <c>{key}:{channelId}:{userId}</c> keeps the channel's send time: the proof of when the
    /// account was told.
    /// </summary>
    public async Task<TellResult> TellAccountAsync(string channelId, string userId, string key, Activity activity, DateTimeOffset? dueAt, CancellationToken cancellationToken)
    {
        if (await DirectConversationOfAsync(channelId, userId, cancellationToken).ConfigureAwait(false) is not { } conversationId)
        {
            return TellResult.NoConversation;
        }
        return await EnqueueAsync($"{key}:{channelId}:{userId}", channelId, conversationId, userId, activity, dueAt, cancellationToken).ConfigureAwait(false)
            ? TellResult.Queued
            : TellResult.AlreadyQueued;
    }
}
