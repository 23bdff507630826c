using EnvBot.Data.Import;
using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EnvBot.Data.Tests.Import;

/// <summary>A real, migrated SQLite file with the bureau's reference data (no demo data), deleted on dispose.</summary>
public sealed class SqliteTestDatabase : IEnvBotDbContextFactory, IAsyncDisposable
{
    private readonly DbContextOptions<SqliteEnvBotDbContext> _options;

    private SqliteTestDatabase(string path)
    {
        Path = path;
        _options = new DbContextOptionsBuilder<SqliteEnvBotDbContext>().UseSqlite($"Data Source={path}").Options;
    }

    public string Path { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(8)));

    public PairingTableImporter Importer => new(this, Time);

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "envbot-tests", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var database = new SqliteTestDatabase(path);
        await using (var db = database.CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }
        await new DatabaseSeeder(database, database.Importer, NullLogger<DatabaseSeeder>.Instance).SeedAsync(demoData: false, CancellationToken.None);
        return database;
    }

    public EnvBotDbContext CreateDbContext() => new SqliteEnvBotDbContext(_options);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
            }
        }
        return ValueTask.CompletedTask;
    }
}
