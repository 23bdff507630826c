using EnvBot.Dialogs.Builder.Schema;
using Microsoft.Extensions.Logging;

namespace EnvBot.Dialogs.Builder;

/// <summary>
/// Connects the bot to a channel: runs the middleware and the bot for an incoming activity, and delivers what the
/// bot sends. Subclasses decide how delivery happens (HTTP to the Connector, the expectReplies body, Direct Line).
/// </summary>
public abstract class BotAdapter(ILogger logger)
{
    public MiddlewareSet Middleware { get; } = new();

    /// <summary>Called when a turn throws. The default logs (no personal data: only types and ids).</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    protected ILogger Logger { get; } = logger;

    public BotAdapter Use(IMiddleware middleware)
    {
        Middleware.Use(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        try
        {
            await Middleware.ReceiveActivityAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
        }
        // A state conflict is not an error of the turn: the adapter runs the turn again on fresh state. A turn another
        // delivery already handled is not one either: the adapter drops it silently.
        catch (Exception ex) when (OnTurnError is not null && ex is not OperationCanceledException and not State.StorageConcurrencyException and not State.TurnAlreadyHandledException)
        {
            OnTurnFailed(turnContext);
            await OnTurnError(turnContext, ex).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Called when a turn throws, before <see cref="OnTurnError"/>: an adapter that holds replies until the turn
    /// commits drops them here, since the failed turn's state was not saved.
    /// </summary>
    protected virtual void OnTurnFailed(ITurnContext turnContext)
    {
    }
}
