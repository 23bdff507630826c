using EnvBot.Data.Domain.People;
using EnvBot.Data.Identity;
using EnvBot.Dialogs.Builder;

namespace EnvBot.Dialogs.Identity;

/// <summary>Resolves the sender to a person or enterprise contact once per turn (ARCHITECTURE.md: identity middleware).</summary>
public sealed class IdentityMiddleware(IdentityService identities) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var a = turnContext.Activity;
        var identity = string.IsNullOrEmpty(a.ChannelId) || string.IsNullOrEmpty(a.From?.Id)
            ? UserIdentity.Anonymous
            : await identities.ResolveAsync(a.ChannelId, a.From.Id, cancellationToken).ConfigureAwait(false);
        turnContext.TurnState.Set(identity);
        await next(cancellationToken).ConfigureAwait(false);
    }
}
