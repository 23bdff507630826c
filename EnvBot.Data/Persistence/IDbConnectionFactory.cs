using System.Data.Common;

namespace EnvBot.Data.Persistence;

/// <summary>Opens ADO.NET connections for the hot paths (bot state, references) where EF Core's overhead per turn matters.</summary>
public interface IDbConnectionFactory
{
    DatabaseProvider Provider { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs a write. SQLite allows one writer at a time; serializing writers in-process avoids SQLITE_BUSY back-off
    /// sleeps that would ruin tail latency. PostgreSQL runs writers concurrently.
    /// </summary>
    Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken);
}
