namespace EnvBot.Host.Tests.Jobs;

/// <summary>
/// A test that needs a PostgreSQL server: ENVBOT_TEST_POSTGRES is a connection string to one whose user may create
/// databases (e.g. <c>Host=127.0.0.1;Port=5432;Username=postgres</c>). Without it the test is skipped, saying so.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "ENVBOT_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"No PostgreSQL server: set {Variable} to a connection string to run this test.";
        }
    }

    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable)!;
}
