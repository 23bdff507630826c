using Microsoft.Data.Sqlite;
using Npgsql;

namespace EnvBot.Host.Tests.Infrastructure;

/// <summary>
/// Where a test host keeps its data. SQLite by default (a temp file per host); with ENVBOT_TEST_DATABASE=PostgreSql and
/// ENVBOT_TEST_POSTGRES=&lt;admin connection string&gt; (test.sh sets both for its second pass, from .ci/start-postgres)
/// every host gets its own database on that real server instead (issue 9: database tests run on both providers).
/// A "path" names the database either way, so a restart test reopens the same one.
/// </summary>
public static class TestDatabase
{
    private const string PostgresPrefix = "postgres:";

    public static bool IsPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("ENVBOT_TEST_DATABASE"), "PostgreSql", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(AdminConnectionString);

    private static string? AdminConnectionString => Environment.GetEnvironmentVariable("ENVBOT_TEST_POSTGRES");

    public static string NewPath() => IsPostgres
        ? $"{PostgresPrefix}envbot_t_{Guid.NewGuid():N}"
        : Path.Combine(Path.GetTempPath(), "envbot-tests", $"{Guid.NewGuid():N}.db");

    /// <summary>The Database section for a host on <paramref name="path"/>; creates the PostgreSQL database if needed.</summary>
    public static IReadOnlyDictionary<string, string?> Settings(string path)
    {
        if (!path.StartsWith(PostgresPrefix, StringComparison.Ordinal))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["Database:ConnectionString"] = $"Data Source={path}" };
        }
        var name = path[PostgresPrefix.Length..];
        using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            admin.Open();
            using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", admin);
            exists.Parameters.AddWithValue("n", name);
            if (exists.ExecuteScalar() is null)
            {
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
                create.ExecuteNonQuery();
            }
        }
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name };
        return new Dictionary<string, string?> { ["Database:Provider"] = "PostgreSql", ["Database:ConnectionString"] = builder.ConnectionString };
    }

    /// <summary>Removes a test database; best effort, leftovers in a throw-away server or temp folder are not worth failing a test for.</summary>
    public static void Delete(string path)
    {
        if (path.StartsWith(PostgresPrefix, StringComparison.Ordinal))
        {
            var name = path[PostgresPrefix.Length..];
            var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name };
            NpgsqlConnection.ClearPool(new NpgsqlConnection(builder.ConnectionString));
            try
            {
                using var admin = new NpgsqlConnection(AdminConnectionString);
                admin.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
                drop.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
            }
            return;
        }
        SqliteConnection.ClearPool(new SqliteConnection($"Data Source={path};Pooling=True"));
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
