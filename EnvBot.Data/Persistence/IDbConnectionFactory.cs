using System.Data.Common;

namespace EnvBot.Data.Persistence;

/// <summary>Opens ADO.NET connections for the hot paths (bot state, references) where EF Core's overhead per turn matters.</summary>
public interface IDbConnectionFactory
{
    DatabaseProvider Provider { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs a write. SQLite allows one writer at a time; serializing writers in-process avoids SQLITE_BUSY back-off
    /// sleeps that would ruin tail latency. PostgreSQL runs writers concurrently. The work is atomic: it commits
    /// entirely when the returned task succeeds, and leaves nothing behind when it throws.
    /// </summary>
    Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a read of committed data. The transaction argument is null or a read transaction to set on commands.
    /// The default opens a connection for the read; SQLite reads on its long-lived connection with prepared statements.
    /// </summary>
    async Task<T> ReadAsync<T>(Func<DbConnection, DbTransaction?, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await work(connection, null).ConfigureAwait(false);
    }
}
