using System.Data.Common;
using System.Runtime.CompilerServices;

namespace EnvBot.Data.Persistence;

/// <summary>
/// Commands for the raw-SQL stores. On a long-lived connection that opted in (SQLite's hot-path connection) each SQL
/// text is prepared once and reused, so a turn does not pay SQLite's parser and planner for every statement; elsewhere
/// (pooled connections, PostgreSQL) a fresh command is created and disposed as before.
/// </summary>
internal static class SqlCommands
{
    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> Prepared = new();

    public static void EnablePreparedCache(DbConnection connection) => Prepared.AddOrUpdate(connection, new Dictionary<string, DbCommand>(StringComparer.Ordinal));

    public static void DropPreparedCache(DbConnection connection)
    {
        if (Prepared.TryGetValue(connection, out var cache))
        {
            foreach (var command in cache.Values)
            {
                command.Dispose();
            }
            Prepared.Remove(connection);
        }
    }

    /// <summary>A command for <paramref name="sql"/> with no parameters yet; dispose the lease (not the command) when done.</summary>
    public static CommandLease Create(DbConnection connection, DbTransaction? transaction, string sql)
    {
        if (Prepared.TryGetValue(connection, out var cache))
        {
            if (!cache.TryGetValue(sql, out var cached))
            {
                cached = connection.CreateCommand();
                cached.CommandText = sql;
                cached.Transaction = transaction;
                cached.Prepare();
                cache[sql] = cached;
            }
            cached.Parameters.Clear();
            cached.Transaction = transaction;
            return new CommandLease(cached, owned: false);
        }
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return new CommandLease(command, owned: true);
    }
}

internal readonly struct CommandLease(DbCommand command, bool owned) : IAsyncDisposable
{
    public DbCommand Command { get; } = command;

    public void Add(string name, object value)
    {
        var p = Command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        Command.Parameters.Add(p);
    }

    public ValueTask DisposeAsync() => owned ? Command.DisposeAsync() : ValueTask.CompletedTask;
}
