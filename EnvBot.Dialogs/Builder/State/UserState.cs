namespace EnvBot.Dialogs.Builder.State;

/// <summary>State of one user on one channel, across that user's conversations.</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    public override string? GetStorageKey(ITurnContext turnContext)
    {
        var a = turnContext.Activity;
        return string.IsNullOrEmpty(a.ChannelId) || string.IsNullOrEmpty(a.From?.Id)
            ? null
            : $"{a.ChannelId}/users/{a.From.Id}";
    }
}
