using EnvBot.Data.Persistence.Storage;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Host.Protocol;

namespace EnvBot.Host.DirectLine;

/// <summary>
/// Feeds the bot from the Direct Line channel through <see cref="CloudAdapter"/> (same middleware as every channel,
/// channelId <c>directline</c>, the internal serviceUrl). The bot's replies come back through <see cref="DirectLineConnector"/>.
/// </summary>
public sealed class DirectLineTurns(
    CloudAdapter adapter,
    IBot bot,
    DirectLineConversations conversations,
    DirectLineStore store,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineTurns> logger)
{
    /// <summary>Creates the conversation; when the user is known, tells the bot so it can greet. False when it already existed.</summary>
    public async Task<bool> StartAsync(string conversationId, ChannelAccount? user, string? locale, CancellationToken cancellationToken)
    {
        var userId = string.IsNullOrEmpty(user?.Id) ? null : user.Id;
        var created = await store.TryCreateConversationAsync(conversationId, userId, cancellationToken).ConfigureAwait(false);
        if (created && userId is not null)
        {
            await AnnounceUserAsync(conversationId, user!, locale).ConfigureAwait(false);
        }
        return created;
    }

    /// <summary>
    /// Echoes the user's activity into the history with its assigned id (clients mark a message sent only then,
    /// BOTFRAMEWORK.md §5.7) and runs the bot's turn. Returns the id, and whether the bot failed (→ 502).
    /// </summary>
    public async Task<(string Id, bool BotFailed)> PostAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        activity.ChannelId = Channels.DirectLine;
        activity.ServiceUrl = DirectLineChannel.ServiceUrl;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.Recipient = DirectLineChannel.Bot();
        activity.From!.Role ??= "user";

        // Direct Line introduces a user it did not know yet just before that user's first message (BOTFRAMEWORK.md §5.2).
        if (await store.TrySetUserAsync(conversationId, activity.From.Id!, cancellationToken).ConfigureAwait(false))
        {
            await AnnounceUserAsync(conversationId, activity.From, activity.Locale).ConfigureAwait(false);
        }

        var id = await conversations.AppendAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);
        var inbound = activity.Clone();
        try
        {
            // The turn runs to its end even if the client hangs up: its state and replies must not be half-done.
            var result = await adapter.ProcessActivityAsync(inbound, InboundAuthResult.Internal, bot.OnTurnAsync, lifetime.ApplicationStopping).ConfigureAwait(false);
            return (id, result.Status >= 500);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("Direct Line turn failed: {ExceptionType} (conversation {ConversationId}, activity {ActivityId})", ex.GetType().Name, conversationId, id);
            return (id, true);
        }
    }

    private async Task AnnounceUserAsync(string conversationId, ChannelAccount user, string? locale)
    {
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = Channels.DirectLine,
            ServiceUrl = DirectLineChannel.ServiceUrl,
            Conversation = new ConversationAccount { Id = conversationId },
            From = new ChannelAccount { Id = user.Id, Name = user.Name },
            Recipient = DirectLineChannel.Bot(),
            MembersAdded = [new ChannelAccount { Id = user.Id, Name = user.Name }],
            Locale = locale,
        };
        try
        {
            await adapter.ProcessActivityAsync(update, InboundAuthResult.Internal, bot.OnTurnAsync, lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed greeting must not stop the conversation from starting.
            logger.LogError("Direct Line conversationUpdate failed: {ExceptionType} (conversation {ConversationId})", ex.GetType().Name, conversationId);
        }
    }
}
