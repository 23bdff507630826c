using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Storage;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Builder.State;
using EnvBot.Dialogs.Main;

namespace EnvBot.Host.Protocol;

/// <summary>
/// When a turn throws: log it without personal data (type and ids only, never the text), clear the conversation's
/// dialog state so nobody is trapped in a broken dialog, and tell the user briefly (issue 2).
/// </summary>
public sealed class TurnErrorHandler(ConversationState conversationState, IEnvBotDbContextFactory contexts, ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        var a = turnContext.Activity;
        logger.LogError("Turn failed: {ExceptionType} at {Site} (channel {ChannelId}, activity {ActivityId})",
            exception.GetType().Name, exception.TargetSite?.DeclaringType?.Name + "." + exception.TargetSite?.Name, a.ChannelId, a.Id);
        try
        {
            await conversationState.DeleteAsync(turnContext, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception cleanup)
        {
            logger.LogError("Could not clear conversation state after a failed turn: {ExceptionType}", cleanup.GetType().Name);
        }
        if (a.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync(Activity.CreateMessage(await ApologyAsync().ConfigureAwait(false)), CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>The apology, telling what the turn had already saved (a booking, a record, a matter) if anything.</summary>
    private async Task<string> ApologyAsync()
    {
        try
        {
            var saved = await TurnEffects.OfCurrentTurnAsync(contexts, CancellationToken.None).ConfigureAwait(false);
            return saved.Count == 0 ? MainReplies.TurnFailed : MainReplies.TurnFailedAfterSaving(saved);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database is away: the plain apology.
            logger.LogWarning("Could not read what the failed turn saved: {ExceptionType}", ex.GetType().Name);
            return MainReplies.TurnFailed;
        }
    }
}
