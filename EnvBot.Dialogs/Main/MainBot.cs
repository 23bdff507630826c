using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Builder.State;

namespace EnvBot.Dialogs.Main;

/// <summary>The bot every channel talks to: greets newcomers, answers 帮助 anywhere, and routes commands.</summary>
public sealed class MainBot(ConversationState conversationState, TimeProvider time) : ActivityHandler
{
    private readonly IStatePropertyAccessor<ConversationData> _conversationData = conversationState.CreateProperty<ConversationData>(nameof(ConversationData));

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var data = await _conversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
        data.LastActivityAt = time.GetUtcNow();
        data.Turns++;

        var text = UserText.Normalize(turnContext.Activity);
        if (text.Length == 0)
        {
            // An Adaptive Card submit arrives with value and no text (fixture 03).
            if (turnContext.Activity.Value is not null)
            {
                await turnContext.SendActivityAsync(Activity.CreateMessage(MainReplies.CardSubmitReceived), cancellationToken).ConfigureAwait(false);
            }
            return;
        }

        var reply = MainCommands.Match(text) switch
        {
            MainCommand.Help => WithMenu(MainReplies.Help),
            MainCommand.Menu => WithMenu(MainReplies.Welcome),
            MainCommand.Cancel => WithMenu(MainReplies.NothingToCancel),
            MainCommand.ConsultationDay => WithMenu(MainReplies.ConsultationDay(
                ConsultationSchedule.NextSession(time.GetUtcNow()),
                ConsultationSchedule.NextBookableSession(time.GetUtcNow()))),
            _ => WithMenu(MainReplies.NotUnderstood),
        };
        await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> members, bool botAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var isGroup = turnContext.Activity.Conversation?.IsGroup == true;
        if (botAdded && isGroup)
        {
            await turnContext.SendActivityAsync(Activity.CreateMessage(MainReplies.BotAddedToConversation), cancellationToken).ConfigureAwait(false);
            return;
        }
        // In a team, greeting every joining member in the channel would be noise; greet people in 1:1 chats only.
        if (members.Count > 0 && !isGroup)
        {
            await turnContext.SendActivityAsync(WithMenu(MainReplies.Welcome), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The conversation ended (fixture 28): forget its dialog state so nothing half-done lingers.</summary>
    protected override Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        conversationState.ClearState(turnContext);
        return Task.CompletedTask;
    }

    protected override Task<InvokeResponse?> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeReplies.For(turnContext.Activity));

    private static Activity WithMenu(string text)
    {
        var activity = Activity.CreateMessage(text);
        activity.TextFormat = "markdown";
        activity.InputHint = InputHints.AcceptingInput;
        activity.SuggestedActions = new SuggestedActions { Actions = MainReplies.MenuItems.Select(m => CardAction.ImBack(m)).ToList() };
        return activity;
    }
}
