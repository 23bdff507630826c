using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Persistence;

/// <summary>Applies the provider's migrations at start (ISSUE: migrations applied at start, never EnsureCreated).</summary>
public sealed class DatabaseMigrator(IEnvBotDbContextFactory contexts, IDbConnectionFactory connections)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using (var db = contexts.CreateDbContext())
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        if (connections.Provider == DatabaseProvider.Sqlite)
        {
            // journal_mode=WAL is persistent in the file; set it once here so every later connection uses it.
            await connections.WriteAsync(async (c, tx) =>
            {
                await using var cmd = c.CreateCommand();
                cmd.CommandText = "SELECT 1";
                return await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
    }
}
