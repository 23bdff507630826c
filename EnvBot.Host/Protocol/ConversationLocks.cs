using System.Collections.Concurrent;

namespace EnvBot.Host.Protocol;

/// <summary>
/// One turn at a time per conversation in this process, so two messages sent together are processed in order instead
/// of racing on the same state. Across processes the ETag check still catches a conflict.
/// </summary>
public sealed class ConversationLocks
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entry = _entries.GetOrAdd(key, static _ => new Entry());
            lock (entry)
            {
                if (entry.Removed)
                {
                    continue;
                }
                entry.Users++;
            }
            try
            {
                await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                Release(key, entry, released: false);
                throw;
            }
            return new Releaser(this, key, entry);
        }
    }

    private void Release(string key, Entry entry, bool released = true)
    {
        if (released)
        {
            entry.Gate.Release();
        }
        lock (entry)
        {
            if (--entry.Users == 0)
            {
                entry.Removed = true;
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public int Users;
        public bool Removed;
    }

    private sealed class Releaser(ConversationLocks owner, string key, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Release(key, entry);
            }
        }
    }
}
