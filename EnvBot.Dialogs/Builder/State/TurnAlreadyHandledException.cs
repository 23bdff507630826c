namespace EnvBot.Dialogs.Builder.State;

/// <summary>
/// The state write found the activity already handled by another delivery of it (a channel retry that reached
/// another host first). Nothing of this turn was saved, and nothing it said may be sent.
/// </summary>
public sealed class TurnAlreadyHandledException(string activityId, Exception inner)
    : Exception($"Activity '{activityId}' was already handled by another delivery.", inner)
{
    public string ActivityId { get; } = activityId;
}
