namespace EnvBot.Data.Persistence.Storage;

/// <summary>
/// Another host recorded this activity as processed while this one was still running its turn: the channel gave up on
/// a slow host and retried elsewhere (BOTFRAMEWORK.md §2.3). The write that found it rolls back, so the turn's state and
/// replies are the winner's alone.
/// </summary>
public sealed class ActivityAlreadyProcessedException(string activityId)
    : Exception($"Activity '{activityId}' was processed by another delivery.")
{
    public string ActivityId { get; } = activityId;
}
