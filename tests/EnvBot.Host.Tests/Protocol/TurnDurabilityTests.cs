using EnvBot.Host.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace EnvBot.Host.Tests.Protocol;

/// <summary>Every message turn loads and saves state and records its activity id, also when many run at once.</summary>
// Reads or hands over the SQLite file itself; the PostgreSQL pass of test.sh leaves it out (Database!=SqliteFile).
[Trait("Database", "SqliteFile")]
public sealed class TurnDurabilityTests
{
    [Fact]
    public async Task ConcurrentTurns_EachSavesStateAndIsRecorded_AndARetryIsNotProcessedAgain()
    {
        await using var host = await TestHost.StartAsync();
        const int conversations = 8, turnsEach = 5;
        var run = Guid.NewGuid().ToString("N");
        var sent = new List<string>();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(async c =>
        {
            for (var t = 0; t < turnsEach; t++)
            {
                var message = BotClient.Message("菜单", userId: $"u{c}", conversationId: $"c{c}-{run}");
                lock (sent)
                {
                    sent.Add(message.Id!);
                }
                Assert.Single(await host.Client.SendAsync(message));
            }
        }));

        // A channel retry of an already processed activity is acknowledged without a turn.
        var retry = BotClient.Message("菜单", userId: "u0", conversationId: $"c0-{run}");
        retry.Id = sent[0];
        Assert.Empty(await host.Client.SendAsync(retry));

        // The database the host really uses (read from the host: TestHost's path setting may not reach AddEnvBotData).
        var connectionString = ((EnvBot.Data.Persistence.SqliteConnectionFactory)host.Services.GetRequiredService<EnvBot.Data.Persistence.IDbConnectionFactory>()).ConnectionString;
        await using var db = new SqliteConnection(connectionString + ";Pooling=False");
        await db.OpenAsync();
        await using var count = db.CreateCommand();
        count.CommandText = "SELECT count(*) FROM processed_activities WHERE activity_id IN (" + string.Join(",", sent.Select(id => $"'{id}'")) + ")";
        Assert.Equal((long)conversations * turnsEach, (long)(await count.ExecuteScalarAsync())!);
        await using var state = db.CreateCommand();
        state.CommandText = $"SELECT json FROM bot_state WHERE key = 'test/conversations/c3-{run}'";
        var json = (string)(await state.ExecuteScalarAsync())!;
        Assert.Contains($"\"turns\":{turnsEach}", json, StringComparison.OrdinalIgnoreCase);
    }
}
