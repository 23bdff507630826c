using EnvBot.Knowledge.Routing.Llm;

namespace EnvBot.Knowledge.Routing;

/// <summary>
/// The router for the routing table in force. Until a table is loaded from the database it is the shipped one (built
/// on first use: seconds of dictionary and training work); an administrator's new version replaces it atomically, so a
/// question being routed finishes with the table it started with.
/// </summary>
public sealed class LiveDepartmentRouter(ILlmDepartmentAdvisor? llm = null)
{
    private readonly Lock _gate = new();
    private DepartmentRouter? _current;

    public DepartmentRouter Current
    {
        get
        {
            if (Volatile.Read(ref _current) is { } current)
            {
                return current;
            }
            lock (_gate)
            {
                return _current ??= DepartmentRouter.CreateDefault(llm);
            }
        }
    }

    /// <summary>The version of the table in force (the shipped one until another is used).</summary>
    public string Version => Current.Table.Version;

    /// <summary>Builds a router for <paramref name="table"/> (validated) and puts it in force.</summary>
    public void Use(RoutingTable table)
    {
        if (Volatile.Read(ref _current)?.Table.Version == table.Version)
        {
            return;
        }
        var router = DepartmentRouter.Create(table, llm);
        Volatile.Write(ref _current, router);
    }
}
