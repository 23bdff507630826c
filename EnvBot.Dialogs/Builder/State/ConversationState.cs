namespace EnvBot.Dialogs.Builder.State;

/// <summary>State of one conversation on one channel (the dialog stack lives here).</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    public override string? GetStorageKey(ITurnContext turnContext)
    {
        var a = turnContext.Activity;
        return string.IsNullOrEmpty(a.ChannelId) || string.IsNullOrEmpty(a.Conversation?.Id)
            ? null
            : $"{a.ChannelId}/conversations/{a.Conversation.Id}";
    }
}
