using EnvBot.Host.Jobs;
using EnvBot.Host.Tests.Infrastructure;
using Npgsql;
using Quartz;

namespace EnvBot.Host.Tests.Jobs;

/// <summary>The scale-out configuration: EnvBot's PostgreSQL migrations create the QRTZ_ tables and Quartz runs clustered on them.</summary>
public sealed class PostgresJobStoreTests
{
    [PostgresFact]
    public async Task Restart_OnPostgreSql_ClusteredSchedulerKeepsOneDeadlineTrigger()
    {
        var database = $"envbot_test_{Guid.NewGuid():N}";
        await ExecuteAsync(PostgresFactAttribute.ConnectionString, $"CREATE DATABASE {database}");
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { Database = database }.ConnectionString;
        try
        {
            DateTimeOffset firstStart = default;
            for (var start = 0; start < 2; start++)
            {
                await using var host = await TestHost.StartAsync(
                    settings: new Dictionary<string, string?>
                    {
                        ["Database:Provider"] = "PostgreSql",
                        ["Database:ConnectionString"] = connectionString,
                        ["Jobs:Enabled"] = "true",
                    },
                    configure: b => b.Services.AddSingleton(TimeProvider.System));
                var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
                var metadata = await scheduler.GetMetadata();
                Assert.True(metadata.JobStoreClustered);
                var trigger = Assert.Single(await scheduler.GetTriggersOfJob(LedgerDeadlineJob.Key));
                if (start == 0)
                {
                    firstStart = trigger.StartTimeUtc;
                }
                else
                {
                    Assert.Equal(firstStart, trigger.StartTimeUtc);
                }
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(PostgresFactAttribute.ConnectionString, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
