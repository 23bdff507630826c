namespace EnvBot.Data.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
