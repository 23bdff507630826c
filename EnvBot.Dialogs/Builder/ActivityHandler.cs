using System.Text.Json;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Builder;

/// <summary>
/// Dispatches a turn by activity type, as Bot Framework developers know it. Unknown types are ignored (SPEC-ACT A2006).
/// </summary>
public abstract class ActivityHandler : IBot
{
    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => turnContext.Activity.Type switch
    {
        ActivityTypes.Message => OnMessageActivityAsync(turnContext, cancellationToken),
        ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, cancellationToken),
        ActivityTypes.Invoke => OnInvokeAndRespondAsync(turnContext, cancellationToken),
        ActivityTypes.Event => OnEventActivityAsync(turnContext, cancellationToken),
        ActivityTypes.InstallationUpdate => OnInstallationUpdateActivityAsync(turnContext, cancellationToken),
        ActivityTypes.EndOfConversation => OnEndOfConversationActivityAsync(turnContext, cancellationToken),
        _ => OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken),
    };

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual async Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var a = turnContext.Activity;
        // Tell "bot added" from "user added" by comparing ids with recipient.id, never names (fixtures README §4.2).
        var added = a.MembersAdded?.Where(m => m.Id != a.Recipient?.Id).ToList() ?? [];
        var botAdded = a.MembersAdded?.Any(m => m.Id == a.Recipient?.Id) ?? false;
        if (added.Count > 0 || botAdded)
        {
            await OnMembersAddedAsync(added, botAdded, turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <param name="members">Users (not the bot) who joined.</param>
    /// <param name="botAdded">True when the bot itself was added (installed in a team or chat).</param>
    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> members, bool botAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Answer an invoke: return the status and body for the HTTP response, or null for 501 (not handled).</summary>
    protected virtual Task<InvokeResponse?> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.FromResult<InvokeResponse?>(null);

    private async Task OnInvokeAndRespondAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var response = await OnInvokeActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (response is not null)
        {
            var value = new Dictionary<string, JsonElement> { ["status"] = JsonSerializer.SerializeToElement(response.Status) };
            if (response.Body is { } body)
            {
                value["body"] = body;
            }
            await turnContext.SendActivityAsync(new Activity
            {
                Type = ActivityTypes.InvokeResponse,
                Value = JsonSerializer.SerializeToElement(value, BotJson.Context.DictionaryStringJsonElement),
            }, cancellationToken).ConfigureAwait(false);
        }
    }
}
