using System.Collections.Concurrent;

namespace EnvBot.Data.Domain.Outbox;

/// <summary>
/// Keeps proactive sends to one conversation under the channel's rate (BOTFRAMEWORK.md §3.1; Teams allows about 7
/// messages a second per conversation): each send reserves the next free slot of its conversation and is told how long
/// to wait for it. Time is a monotonic elapsed span, not the bureau clock: pacing is about the wire.
/// </summary>
public sealed class ConversationPacer(double messagesPerSecond)
{
    private readonly ConcurrentDictionary<string, TimeSpan> _nextFree = new();
    private readonly TimeSpan _interval = messagesPerSecond > 0 ? TimeSpan.FromSeconds(1 / messagesPerSecond) : TimeSpan.Zero;

    public TimeSpan Interval => _interval;

    /// <returns>How long to wait from <paramref name="now"/> before sending to <paramref name="conversation"/>.</returns>
    public TimeSpan Reserve(string conversation, TimeSpan now)
    {
        var slot = now;
        _nextFree.AddOrUpdate(conversation, _ => now + _interval, (_, free) =>
        {
            slot = free > now ? free : now;
            return slot + _interval;
        });
        return slot - now;
    }
}
