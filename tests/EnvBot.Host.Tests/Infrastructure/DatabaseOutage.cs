using System.Data.Common;
using EnvBot.Data.Persistence;

namespace EnvBot.Host.Tests.Infrastructure;

/// <summary>
/// The host's real database, with a switch that makes the next writes fail the way a restarting PostgreSQL does
/// (bench/scaleout restarts it under load), and a hook that lets "another host" write just before this one does.
/// Reads go through untouched.
/// </summary>
public sealed class DatabaseOutage(IDbConnectionFactory inner) : IDbConnectionFactory
{
    private int _failingWrites;
    private Func<Task>? _beforeNextWrite;

    /// <summary>How many writes failed since the switch was last set.</summary>
    public int FailedWrites { get; private set; }

    public DatabaseProvider Provider => inner.Provider;

    /// <summary>The next <paramref name="count"/> writes throw before touching the database.</summary>
    public void FailNextWrites(int count)
    {
        FailedWrites = 0;
        Volatile.Write(ref _failingWrites, count);
    }

    /// <summary>Runs <paramref name="write"/> (through this same database) just before the host's next write.</summary>
    public void BeforeNextWrite(Func<Task> write) => _beforeNextWrite = write;

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => inner.OpenAsync(cancellationToken);

    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _beforeNextWrite, null) is { } before)
        {
            await before().ConfigureAwait(false);
        }
        if (Interlocked.Decrement(ref _failingWrites) >= 0)
        {
            FailedWrites++;
            throw new DatabaseRestartingException();
        }
        Interlocked.Exchange(ref _failingWrites, 0);
        return await inner.WriteAsync(work, cancellationToken).ConfigureAwait(false);
    }

    public Task<T> ReadAsync<T>(Func<DbConnection, DbTransaction?, Task<T>> work, CancellationToken cancellationToken) =>
        inner.ReadAsync(work, cancellationToken);

    /// <summary>Replaces the registered factory with one wrapped in an outage switch.</summary>
    public static void Install(WebApplicationBuilder builder)
    {
        var registered = builder.Services.Last(d => d.ServiceType == typeof(IDbConnectionFactory));
        var inner = (IDbConnectionFactory)registered.ImplementationInstance!;
        builder.Services.AddSingleton(new DatabaseOutage(inner));
        builder.Services.AddSingleton<IDbConnectionFactory>(sp => sp.GetRequiredService<DatabaseOutage>());
    }

    private sealed class DatabaseRestartingException() : DbException("57P01: terminating connection due to administrator command");
}
