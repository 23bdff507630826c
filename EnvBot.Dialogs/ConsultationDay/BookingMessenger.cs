using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Proactive;

namespace EnvBot.Dialogs.ConsultationDay;

/// <summary>
/// Writes to one chat account outside the current turn — an enterprise told of a review decision, 综合处 told of a
/// cancellation, a reminder — always through the persistent outbox with an idempotency key, so it survives a restart
/// and a repeated command or job run sends nothing twice.
/// </summary>
public sealed class BookingMessenger(ProactiveOutbox outbox)
{
    /// <summary>The account's latest 1:1 conversation, or null when the bot has none to write to.</summary>
    public Task<string?> ConversationOfAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        outbox.DirectConversationOfAsync(channelId, userId, cancellationToken);

    /// <summary>Queues the message; false when the account has no conversation (or the key was queued before).</summary>
    public async Task<bool> TellAsync(string channelId, string userId, string key, string text, CancellationToken cancellationToken) =>
        await outbox.TellAccountAsync(channelId, userId, key, text, cancellationToken).ConfigureAwait(false) == TellResult.Queued;

    public Task<bool> TellAsync(string channelId, string conversationId, string? userId, string key, string text, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync($"{key}:{channelId}:{userId}", channelId, conversationId, userId, Activity.CreateMessage(text), null, cancellationToken);
}
