using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Builder;

public delegate Task<ResourceResponse[]> SendActivitiesHandler(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next);

/// <summary>One turn: the incoming activity, a way to answer it, and a bag for per-turn services.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }
    Activity Activity { get; }
    bool Responded { get; }
    TurnStateCollection TurnState { get; }
    CancellationToken CancellationToken { get; }

    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);
    Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);
    ITurnContext OnSendActivities(SendActivitiesHandler handler);
}
