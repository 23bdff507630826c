namespace EnvBot.Dialogs.Builder;

public delegate Task NextDelegate(CancellationToken cancellationToken);

public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);

/// <summary>A step of the turn pipeline; call <c>next</c> to continue, or return to short-circuit the turn.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
