using EnvBot.Data.Import;
using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace EnvBot.Data.Tests.Import;

/// <summary>
/// A real, migrated database with the bureau's reference data (no demo data), deleted on dispose: a SQLite file by
/// default; with ENVBOT_TEST_DATABASE=PostgreSql and ENVBOT_TEST_POSTGRES=&lt;admin connection string&gt; (test.sh's
/// second pass) a database of its own on that PostgreSQL server (issue 9: database tests run on both providers).
/// </summary>
public sealed class TestDatabase : IEnvBotDbContextFactory, IAsyncDisposable
{
    private static readonly string? AdminConnectionString = Environment.GetEnvironmentVariable("ENVBOT_TEST_POSTGRES");

    public static bool IsPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("ENVBOT_TEST_DATABASE"), "PostgreSql", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(AdminConnectionString);

    private readonly Func<EnvBotDbContext> _create;
    private readonly Func<ValueTask> _delete;

    private TestDatabase(Func<EnvBotDbContext> create, Func<ValueTask> delete)
    {
        _create = create;
        _delete = delete;
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(8)));

    public PairingTableImporter Importer => new(this, Time);

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = IsPostgres ? await PostgresAsync() : Sqlite();
        await using (var db = database.CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }
        await new DatabaseSeeder(database, database.Importer, NullLogger<DatabaseSeeder>.Instance).SeedAsync(demoData: false, CancellationToken.None);
        return database;
    }

    public EnvBotDbContext CreateDbContext() => _create();

    public ValueTask DisposeAsync() => _delete();

    private static TestDatabase Sqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), "envbot-tests", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new DbContextOptionsBuilder<SqliteEnvBotDbContext>().UseSqlite($"Data Source={path}").Options;
        return new TestDatabase(() => new SqliteEnvBotDbContext(options), () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
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
        });
    }

    private static async Task<TestDatabase> PostgresAsync()
    {
        var name = $"envbot_d_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        var dataSource = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString).Build();
        var options = new DbContextOptionsBuilder<PostgresEnvBotDbContext>().UseNpgsql(dataSource).Options;
        return new TestDatabase(() => new PostgresEnvBotDbContext(options), async () =>
        {
            await dataSource.DisposeAsync();
            try
            {
                await using var admin = new NpgsqlConnection(AdminConnectionString);
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException)
            {
                // A leftover in a throw-away server is not worth failing a test for.
            }
        });
    }
}
