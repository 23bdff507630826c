namespace EnvBot.Data.Domain.Rectification;

/// <summary>
/// Where one finding of a health check stands (seed 002 一查二劝三改): sent to the enterprise (劝), answered by it
/// (改), then accepted or returned by the guide. Stored by name.
/// </summary>
public enum RectificationState
{
    Open,
    Answered,
    Returned,
    Accepted,

    /// <summary>Past its deadline and escalated, then handed by the block lead or a leader to enforcement (四罚).</summary>
    HandedToEnforcement,
}
