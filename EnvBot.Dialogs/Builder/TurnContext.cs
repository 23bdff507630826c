using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Builder;

public sealed class TurnContext(BotAdapter adapter, Activity activity, CancellationToken cancellationToken = default) : ITurnContext
{
    private readonly List<SendActivitiesHandler> _onSend = [];

    public BotAdapter Adapter { get; } = adapter;
    public Activity Activity { get; } = activity;
    public bool Responded { get; private set; }
    public TurnStateCollection TurnState { get; } = [];
    public CancellationToken CancellationToken { get; } = cancellationToken;

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _onSend.Add(handler);
        return this;
    }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Length > 0 ? responses[0] : new ResourceResponse(null);
    }

    public Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        if (activities.Count == 0)
        {
            return Task.FromResult(Array.Empty<ResourceResponse>());
        }

        var reference = Activity.GetConversationReference();
        var outgoing = new List<Activity>(activities.Count);
        foreach (var a in activities)
        {
            // Address the reply to this conversation unless the caller already did (BOTFRAMEWORK.md §1.7).
            a.Type ??= ActivityTypes.Message;
            a.ChannelId ??= reference.ChannelId;
            a.ServiceUrl ??= reference.ServiceUrl;
            a.Conversation ??= reference.Conversation?.Clone();
            a.From ??= reference.Bot is null ? null : new ChannelAccount { Id = reference.Bot.Id, Name = reference.Bot.Name };
            a.Recipient ??= reference.User is null ? null : new ChannelAccount { Id = reference.User.Id, Name = reference.User.Name, AadObjectId = reference.User.AadObjectId };
            a.Locale ??= reference.Locale;
            if (a.ReplyToId is null && reference.ActivityId is not null && a.Type != ActivityTypes.Trace)
            {
                a.ReplyToId = reference.ActivityId;
            }
            outgoing.Add(a);
        }

        return RunOnSendAsync(outgoing, 0, cancellationToken);
    }

    private async Task<ResourceResponse[]> RunOnSendAsync(List<Activity> activities, int index, CancellationToken cancellationToken)
    {
        if (index < _onSend.Count)
        {
            return await _onSend[index](this, activities, () => RunOnSendAsync(activities, index + 1, cancellationToken)).ConfigureAwait(false);
        }

        var responses = await Adapter.SendActivitiesAsync(this, activities, cancellationToken).ConfigureAwait(false);
        if (activities.Exists(a => a.Type == ActivityTypes.Message || a.Type == ActivityTypes.InvokeResponse))
        {
            Responded = true;
        }
        return responses;
    }
}
