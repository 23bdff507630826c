using EnvBot.Data.Persistence;
using EnvBot.Data.Persistence.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Tests.Persistence;

/// <summary>
/// The SQLite loop batches concurrent writes into one transaction; each write must still be atomic on its own and
/// keep its ETag semantics, and a turn's processed mark must commit with its state.
/// </summary>
public sealed class SqliteGroupCommitTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "envbot-tests", $"{Guid.NewGuid():N}.db");
    private SqliteConnectionFactory _connections = null!;
    private BotStateStore _state = null!;
    private ProcessedActivityStore _processed = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var options = new DbContextOptionsBuilder<SqliteEnvBotDbContext>().UseSqlite($"Data Source={_path}").Options;
        await using (var db = new SqliteEnvBotDbContext(options))
        {
            await db.Database.MigrateAsync();
        }
        _connections = new SqliteConnectionFactory($"Data Source={_path}");
        _state = new BotStateStore(_connections, TimeProvider.System);
        _processed = new ProcessedActivityStore(_connections, TimeProvider.System);
    }

    public Task DisposeAsync()
    {
        _connections.Dispose();
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ConcurrentWrites_OneStaleETag_OnlyThatWriteFails()
    {
        var created = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            _state.WriteAsync([new BotStateRecord($"k{i}", $"{{\"v\":{i}}}", null)], CancellationToken.None)));
        var etags = created.Select((e, i) => e[$"k{i}"]).ToArray();

        // Twenty updates race into the loop together; k7 carries a stale ETag.
        var updates = Enumerable.Range(0, 20).Select(i =>
            _state.WriteAsync([new BotStateRecord($"k{i}", $"{{\"v\":{i + 100}}}", i == 7 ? "stale" : etags[i])], CancellationToken.None)).ToArray();
        var conflict = await Assert.ThrowsAsync<BotStateConflictException>(() => updates[7]);
        Assert.Equal("k7", conflict.Key);
        // k7 fails inside its batch, before that batch (or a later one) commits; read only when every write is done,
        // since a read enqueued beside a write is not ordered after it.
        await Task.WhenAll(updates.Where((_, i) => i != 7));

        var rows = await _state.ReadAsync(Enumerable.Range(0, 20).Select(i => $"k{i}").ToList(), CancellationToken.None);
        for (var i = 0; i < 20; i++)
        {
            if (i == 7)
            {
                Assert.Equal("{\"v\":7}", rows["k7"].Json);
                Assert.Equal(etags[7], rows["k7"].ETag);
                continue;
            }
            var written = await updates[i];
            Assert.Equal($"{{\"v\":{i + 100}}}", rows[$"k{i}"].Json);
            Assert.Equal(written[$"k{i}"], rows[$"k{i}"].ETag);
        }
    }

    [Fact]
    public async Task MultiRecordWrite_SecondRecordConflicts_FirstIsNotWritten()
    {
        var a = await _state.WriteAsync([new BotStateRecord("a", "{\"v\":1}", null)], CancellationToken.None);
        await _state.WriteAsync([new BotStateRecord("b", "{\"v\":1}", null)], CancellationToken.None);

        var bystander = _state.WriteAsync([new BotStateRecord("c", "{\"v\":1}", null)], CancellationToken.None);
        var torn = _state.WriteAsync([new BotStateRecord("a", "{\"v\":2}", a["a"]), new BotStateRecord("b", "{\"v\":2}", "stale")], CancellationToken.None);
        await Assert.ThrowsAsync<BotStateConflictException>(() => torn);
        await bystander;

        var rows = await _state.ReadAsync(["a", "b", "c"], CancellationToken.None);
        Assert.Equal("{\"v\":1}", rows["a"].Json);
        Assert.Equal(a["a"], rows["a"].ETag);
        Assert.Equal("{\"v\":1}", rows["b"].Json);
        Assert.True(rows.ContainsKey("c"));
    }

    [Fact]
    public async Task CreateOfExistingKey_Conflicts()
    {
        await _state.WriteAsync([new BotStateRecord("x", "{}", null)], CancellationToken.None);
        await Assert.ThrowsAsync<BotStateConflictException>(() => _state.WriteAsync([new BotStateRecord("x", "{}", null)], CancellationToken.None));
    }

    [Fact]
    public async Task StateWriteInTurn_CarriesProcessedMark_AndAConflictCarriesNone()
    {
        var e = await _state.WriteAsync([new BotStateRecord("conv", "{}", null)], CancellationToken.None);

        using (var mark = _processed.BeginTurn("test", "conv", "act-1"))
        {
            await Assert.ThrowsAsync<BotStateConflictException>(() => _state.WriteAsync([new BotStateRecord("conv", "{\"t\":1}", "stale")], CancellationToken.None));
            Assert.False(mark.Recorded);
            Assert.False(await _processed.WasProcessedAsync("test", "conv", "act-1", CancellationToken.None));

            await _state.WriteAsync([new BotStateRecord("conv", "{\"t\":1}", e["conv"])], CancellationToken.None);
            Assert.True(mark.Recorded);
        }
        Assert.True(await _processed.WasProcessedAsync("test", "conv", "act-1", CancellationToken.None));

        // Outside a turn a state write carries no mark.
        await _state.WriteAsync([new BotStateRecord("other", "{}", null)], CancellationToken.None);
        Assert.False(await _processed.WasProcessedAsync("test", "conv", "act-2", CancellationToken.None));
        Assert.True(await _processed.TryMarkProcessedAsync("test", "conv", "act-2", null, CancellationToken.None));
        Assert.False(await _processed.TryMarkProcessedAsync("test", "conv", "act-2", null, CancellationToken.None));
    }

    [Fact]
    public async Task CommittedWrites_AreVisibleToOtherConnections()
    {
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            _state.WriteAsync([new BotStateRecord($"v{i}", "{}", null)], CancellationToken.None)));
        await using var other = new SqliteConnection($"Data Source={_path};Pooling=False");
        await other.OpenAsync();
        await using var cmd = other.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM bot_state WHERE key LIKE 'v%'";
        Assert.Equal(50L, (long)(await cmd.ExecuteScalarAsync())!);
    }
}
