namespace EnvBot.Data.Persistence;

/// <summary>Bound from the <c>Database</c> section: <c>Database:Provider</c> and <c>Database:ConnectionString</c>.</summary>
public sealed class DatabaseOptions
{
    public const string DefaultSqliteConnectionString = "Data Source=data/envbot.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string? ConnectionString { get; set; }

    public string EffectiveConnectionString => string.IsNullOrWhiteSpace(ConnectionString)
        ? Provider == DatabaseProvider.Sqlite ? DefaultSqliteConnectionString : throw new InvalidOperationException("Database:ConnectionString is required for PostgreSql.")
        : ConnectionString;
}
