namespace EnvBot.Data.Domain.Outbox;

/// <summary>
/// When to try a failed send again: exponential from 5 s, capped at 30 min, honouring the channel's Retry-After
/// (BOTFRAMEWORK.md §3.1: handle 429 with Retry-After). Never gives up on a transient failure — a message is not lost.
/// </summary>
public static class OutboxBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan Cap = TimeSpan.FromMinutes(30);

    public static TimeSpan After(int attempts, TimeSpan? retryAfter)
    {
        var exponential = TimeSpan.FromTicks(Math.Min(Cap.Ticks, First.Ticks * (1L << Math.Clamp(attempts - 1, 0, 20))));
        // The channel's Retry-After is honoured in full, even past the cap: retrying earlier only earns another 429.
        return retryAfter is { } r && r > exponential ? r : exponential;
    }

    /// <summary>403 (blocked, e.g. Teams MessageWritesBlocked) and 404 (conversation gone) will not get better by retrying.</summary>
    public static bool IsPermanent(int statusCode) => statusCode is 400 or 401 or 403 or 404 or 405;
}
