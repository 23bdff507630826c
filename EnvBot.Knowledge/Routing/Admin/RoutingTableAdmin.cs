using System.Text.Json;
using EnvBot.Data.Domain.Routing;
using EnvBot.Data.Routing;
using EnvBot.Data.Time;
using Microsoft.Extensions.Logging;

namespace EnvBot.Knowledge.Routing.Admin;

/// <summary>
/// The routing table as an administrator keeps it (issue 5: "seeded from DOMAIN.md, editable by an administrator,
/// versioned"): the shipped table is recorded as the first version, every edit or import is a new version put in force
/// on every host (each host follows the latest activation, <see cref="SyncAsync"/>), and any earlier version can be put
/// back. Nothing is overwritten or deleted.
/// </summary>
public sealed class RoutingTableAdmin(RoutingTableStore store, LiveDepartmentRouter live, TimeProvider time, ILogger<RoutingTableAdmin> logger)
{
    private readonly SemaphoreSlim _sync = new(1, 1);
    private bool _shippedRecorded;
    private int? _loadedActivation;

    /// <summary>
    /// Records the shipped table the first time (put in force unless an administrator's table is), then loads the
    /// table in force if another host (or this one) changed it since the last call.
    /// </summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        await _sync.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_shippedRecorded)
            {
                await RecordShippedAsync(cancellationToken).ConfigureAwait(false);
                _shippedRecorded = true;
            }
            var latest = await store.LatestActivationIdAsync(cancellationToken).ConfigureAwait(false);
            if (latest is null || latest == _loadedActivation)
            {
                return;
            }
            var active = await store.ActiveAsync(cancellationToken).ConfigureAwait(false);
            if (active is not { } found)
            {
                return;
            }
            try
            {
                live.Use(RoutingTable.FromJson(found.Version.Json));
                logger.LogInformation("Routing table {Version} in force", found.Version.Version);
            }
            catch (Exception e) when (e is InvalidDataException or JsonException)
            {
                // Saved tables were validated before saving; keep routing with the current one rather than stop.
                logger.LogError("Routing table {Version} in the database is invalid ({Reason}); keeping {Current}", found.Version.Version, e.Message, live.Version);
            }
            _loadedActivation = found.Activation.Id;
        }
        finally
        {
            _sync.Release();
        }
    }

    public async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        await SyncAsync(cancellationToken).ConfigureAwait(false);
        var active = await store.ActiveAsync(cancellationToken).ConfigureAwait(false);
        var history = await store.HistoryAsync(5, cancellationToken).ConfigureAwait(false);
        return RoutingAdminReplies.Describe(live.Current.Table, active?.Version, active?.Activation, history);
    }

    /// <summary>"大气处 油烟净化器、餐饮油烟": the department first, then the words.</summary>
    public async Task<string> AddTermsAsync(string argument, string by, CancellationToken cancellationToken)
    {
        var parts = argument.Trim().Split([' ', '　', '：', ':'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return RoutingAdminReplies.AddTermsUsage;
        }
        return await EditAsync(
            (table, version, today) => RoutingTableEdits.AddTerms(table, parts[0], RoutingTableEdits.SplitTerms(parts[1]), version, by, today),
            by, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> RemoveTermAsync(string term, string by, CancellationToken cancellationToken)
    {
        if (term.Trim().Length == 0)
        {
            return RoutingAdminReplies.RemoveTermUsage;
        }
        return await EditAsync((table, version, today) => RoutingTableEdits.RemoveTerm(table, term.Trim(), version, by, today), by, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> ActivateAsync(string version, string by, CancellationToken cancellationToken)
    {
        version = version.Trim();
        if (version.Length == 0)
        {
            return RoutingAdminReplies.ActivateUsage;
        }
        await SyncAsync(cancellationToken).ConfigureAwait(false);
        if (live.Version == version)
        {
            return RoutingAdminReplies.AlreadyActive(version);
        }
        if (await store.FindAsync(version, cancellationToken).ConfigureAwait(false) is null)
        {
            return RoutingAdminReplies.VersionNotFound(version);
        }
        await store.ActivateAsync(version, by, RoutingAdminReplies.ActivatedReason(version), time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await SyncAsync(cancellationToken).ConfigureAwait(false);
        return RoutingAdminReplies.Activated(version);
    }

    /// <summary>A whole table from a file (the format of routing-table.json), with a version of its own.</summary>
    public async Task<(bool Imported, string Reply)> ImportAsync(string json, string by, string? note, CancellationToken cancellationToken)
    {
        RoutingTable table;
        try
        {
            table = RoutingTable.FromJson(json);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException)
        {
            return (false, RoutingAdminReplies.Invalid(e.Message));
        }
        await SyncAsync(cancellationToken).ConfigureAwait(false);
        if (!await SaveAsync(table, by, note, cancellationToken).ConfigureAwait(false))
        {
            return (false, RoutingAdminReplies.VersionExists(table.Version));
        }
        return (true, RoutingAdminReplies.Imported(table.Version, table.Rules.Count));
    }

    /// <summary>The table in force as JSON, to edit in a file and import again.</summary>
    public async Task<string> ExportAsync(CancellationToken cancellationToken)
    {
        await SyncAsync(cancellationToken).ConfigureAwait(false);
        return live.Current.Table.ToJson();
    }

    public async Task<string> TestAsync(string question, CancellationToken cancellationToken)
    {
        if (question.Trim().Length == 0)
        {
            return RoutingAdminReplies.TestUsage;
        }
        await SyncAsync(cancellationToken).ConfigureAwait(false);
        return RoutingAdminReplies.Test(live.Current.Route(question));
    }

    private async Task<string> EditAsync(Func<RoutingTable, string, DateOnly, RoutingTableEdit> edit, string by, CancellationToken cancellationToken)
    {
        await SyncAsync(cancellationToken).ConfigureAwait(false);
        var version = RoutingTableEdits.NextVersion(await store.VersionNamesAsync(cancellationToken).ConfigureAwait(false), BureauTime.Today(time));
        var result = edit(live.Current.Table, version, BureauTime.Today(time));
        if (result.Table is not { } table)
        {
            return result.Reply;
        }
        table.Validate();
        // Two administrators editing at once: the second one's version name is taken; they are asked to look again.
        return await SaveAsync(table, by, result.Note, cancellationToken).ConfigureAwait(false) ? result.Reply : RoutingAdminReplies.VersionExists(version);
    }

    private async Task<bool> SaveAsync(RoutingTable table, string by, string? note, CancellationToken cancellationToken)
    {
        var saved = await store.AddAsync(new RoutingTableVersion
        {
            Version = table.Version,
            Json = table.ToJson(),
            Origin = RoutingTableVersion.AdministratorOrigin,
            Note = note,
            CreatedBy = by,
            CreatedAt = time.GetUtcNow(),
        }, activate: true, note, cancellationToken).ConfigureAwait(false);
        if (saved)
        {
            await SyncAsync(cancellationToken).ConfigureAwait(false);
        }
        return saved;
    }

    private async Task RecordShippedAsync(CancellationToken cancellationToken)
    {
        var shipped = RoutingTable.LoadDefault();
        if (await store.FindAsync(shipped.Version, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }
        // A product upgrade brings a newer shipped table: it takes over unless an administrator's own table is in force.
        var active = await store.ActiveAsync(cancellationToken).ConfigureAwait(false);
        var activate = active is null || active.Value.Version.Origin == RoutingTableVersion.ShippedOrigin;
        await store.AddAsync(new RoutingTableVersion
        {
            Version = shipped.Version,
            Json = shipped.ToJson(),
            Origin = RoutingTableVersion.ShippedOrigin,
            Note = shipped.Source,
            CreatedBy = RoutingAdminReplies.ShippedBy,
            CreatedAt = time.GetUtcNow(),
        }, activate, RoutingAdminReplies.ShippedReason, cancellationToken).ConfigureAwait(false);
        if (!activate)
        {
            logger.LogWarning("Shipped routing table {Shipped} recorded but not put in force: the administrator's {Active} stays", shipped.Version, active!.Value.Version.Version);
        }
    }
}
