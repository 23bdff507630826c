using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace EnvBot.Data.Persistence;

/// <summary>
/// SQLite for the hot paths. One long-lived connection does the hot-path reads and all writes, driven by one loop:
/// <list type="bullet">
/// <item>Writes are group-committed: the writes waiting when the loop comes round run in one transaction, each in its
/// own savepoint, so one write's failure (an ETag conflict) rolls back only that write, and each task completes only
/// after the COMMIT that made its write durable. Fewer commits, no writer lock hand-offs between threads.</item>
/// <item>Reads waiting at the same moment share one read transaction on the same connection: committed data only,
/// statements prepared once, and no page-cache reload that a pooled reader pays after every write.</item>
/// </list>
/// WAL with synchronous=NORMAL as before. Other code (EF Core) still opens its own pooled connections.
/// </summary>
public sealed class SqliteConnectionFactory : IDbConnectionFactory, IDisposable
{
    /// <summary>Most operations one round of the loop takes; bounds a batch's latency under heavy load.</summary>
    private const int MaxBatch = 256;

    private readonly string _connectionString;
    private readonly Channel<Operation> _queue = Channel.CreateUnbounded<Operation>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<Operation> _reads = new(MaxBatch);
    private readonly List<Operation> _writes = new(MaxBatch);
    private readonly List<Operation> _done = new(MaxBatch);
    private int _started;
    private SqliteConnection? _connection;

    public SqliteConnectionFactory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        var dir = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(dir) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(dir);
        }
        _connectionString = builder.ToString();
    }

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string ConnectionString => _connectionString;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        Enqueue(new Operation<T>(isWrite: true, (c, tx) => work(c, tx!), cancellationToken));

    public Task<T> ReadAsync<T>(Func<DbConnection, DbTransaction?, Task<T>> work, CancellationToken cancellationToken) =>
        Enqueue(new Operation<T>(isWrite: false, work, cancellationToken));

    private Task<T> Enqueue<T>(Operation<T> operation)
    {
        if (operation.CancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(operation.CancellationToken);
        }
        if (Volatile.Read(ref _started) == 0 && Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(RunLoopAsync);
        }
        if (!_queue.Writer.TryWrite(operation))
        {
            return Task.FromException<T>(new ObjectDisposedException(nameof(SqliteConnectionFactory)));
        }
        return operation.Task;
    }

    private async Task RunLoopAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (_reads.Count + _writes.Count < MaxBatch && reader.TryRead(out var op))
            {
                if (op.CancellationToken.IsCancellationRequested)
                {
                    op.Cancel();
                }
                else
                {
                    (op.IsWrite ? _writes : _reads).Add(op);
                }
            }
            try
            {
                _connection ??= await OpenHotConnectionAsync().ConfigureAwait(false);
                if (_reads.Count > 0)
                {
                    await RunReadsAsync(_connection).ConfigureAwait(false);
                }
                if (_writes.Count > 0)
                {
                    await RunWritesAsync(_connection).ConfigureAwait(false);
                }
            }
            catch (Exception ex)
            {
                // The connection itself failed (open, BEGIN, COMMIT): fail what has not completed, start afresh next round.
                foreach (var op in _reads)
                {
                    op.Fail(ex);
                }
                foreach (var op in _writes)
                {
                    op.Fail(ex);
                }
                ResetConnection();
            }
            finally
            {
                _reads.Clear();
                _writes.Clear();
                _done.Clear();
            }
        }
        ResetConnection();
    }

    private async Task RunReadsAsync(SqliteConnection connection)
    {
        // One read transaction for the batch: one snapshot and one WAL read lock instead of one per statement.
        using var tx = _reads.Count > 1 ? connection.BeginTransaction(deferred: true) : null;
        foreach (var op in _reads)
        {
            try
            {
                await op.RunAsync(connection, tx).ConfigureAwait(false);
                _done.Add(op);
            }
            catch (Exception ex)
            {
                op.Fail(ex);
            }
        }
        tx?.Commit();
        foreach (var op in _done)
        {
            op.Complete();
        }
        _done.Clear();
        _reads.Clear();
    }

    private async Task RunWritesAsync(SqliteConnection connection)
    {
        using var tx = connection.BeginTransaction();
        if (_writes.Count == 1)
        {
            // Alone in the batch: the transaction itself is the unit, no savepoint needed.
            var op = _writes[0];
            try
            {
                await op.RunAsync(connection, tx).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                tx.Rollback();
                op.Fail(ex);
                _writes.Clear();
                return;
            }
            tx.Commit();
            op.Complete();
            _writes.Clear();
            return;
        }

        foreach (var op in _writes)
        {
            await ExecuteAsync(connection, tx, "SAVEPOINT w").ConfigureAwait(false);
            try
            {
                await op.RunAsync(connection, tx).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // Undo this write only; the others in the batch go on. If the rollback itself fails the
                // transaction is broken: the outer handler fails the whole batch (nothing of it committed).
                await ExecuteAsync(connection, tx, "ROLLBACK TO w").ConfigureAwait(false);
                await ExecuteAsync(connection, tx, "RELEASE w").ConfigureAwait(false);
                op.Fail(ex);
                continue;
            }
            await ExecuteAsync(connection, tx, "RELEASE w").ConfigureAwait(false);
            _done.Add(op);
        }
        tx.Commit();
        foreach (var op in _done)
        {
            op.Complete();
        }
        _done.Clear();
        _writes.Clear();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        await using var cmd = SqlCommands.Create(connection, tx, sql);
        await cmd.Command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenHotConnectionAsync()
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var cmd = connection.CreateCommand();
        // WAL lets readers run beside the writer; NORMAL sync in WAL mode is durable against process crashes
        // (an OS crash may lose the last commits, never corrupt the file). ARCHITECTURE.md "State and data".
        cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";
        await cmd.ExecuteNonQueryAsync().ConfigureAwait(false);
        SqlCommands.EnablePreparedCache(connection);
        return connection;
    }

    private void ResetConnection()
    {
        if (_connection is not null)
        {
            SqlCommands.DropPreparedCache(_connection);
            _connection.Dispose();
            _connection = null;
        }
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        // The loop may still be finishing a batch; the connection is closed with the process.
        if (Volatile.Read(ref _started) == 0)
        {
            ResetConnection();
        }
    }

    private abstract class Operation(bool isWrite, CancellationToken cancellationToken)
    {
        public bool IsWrite { get; } = isWrite;
        public CancellationToken CancellationToken { get; } = cancellationToken;
        public abstract Task RunAsync(SqliteConnection connection, SqliteTransaction? tx);
        public abstract void Complete();
        public abstract void Fail(Exception exception);
        public abstract void Cancel();
    }

    private sealed class Operation<T>(bool isWrite, Func<DbConnection, DbTransaction?, Task<T>> work, CancellationToken cancellationToken)
        : Operation(isWrite, cancellationToken)
    {
        // Continuations run on the thread pool, never inline on the database loop.
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Task => _completion.Task;

        public override async Task RunAsync(SqliteConnection connection, SqliteTransaction? tx) =>
            _result = await work(connection, tx).ConfigureAwait(false);

        public override void Complete() => _completion.TrySetResult(_result!);

        public override void Fail(Exception exception) => _completion.TrySetException(exception);

        public override void Cancel() => _completion.TrySetCanceled(CancellationToken);
    }
}
