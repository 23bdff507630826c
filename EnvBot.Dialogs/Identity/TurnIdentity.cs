using EnvBot.Data.Domain.People;
using EnvBot.Dialogs.Builder;

namespace EnvBot.Dialogs.Identity;

public static class TurnIdentity
{
    /// <summary>The sender as <see cref="IdentityMiddleware"/> resolved it; anonymous when it did not run.</summary>
    public static UserIdentity Identity(this ITurnContext turnContext) => turnContext.TurnState.Get<UserIdentity>() ?? UserIdentity.Anonymous;

    public static void SetIdentity(this ITurnContext turnContext, UserIdentity identity) => turnContext.TurnState.Set(identity);
}
