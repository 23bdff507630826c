using EnvBot.Data.Domain.Routing;
using EnvBot.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Routing;

/// <summary>
/// The routing table's versions and activations in the database (issue 5: editable by an administrator, versioned).
/// The data layer keeps the JSON as text; EnvBot.Knowledge reads and validates it. Every host reads the latest
/// activation, so an edit made on one host reaches the others.
/// </summary>
public sealed class RoutingTableStore(IEnvBotDbContextFactory contexts)
{
    /// <summary>The table in force and the activation that made it so; null before any table was saved.</summary>
    public async Task<(RoutingTableVersion Version, RoutingTableActivation Activation)?> ActiveAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var activation = await db.RoutingTableActivations.AsNoTracking().OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (activation is null)
        {
            return null;
        }
        var version = await db.RoutingTableVersions.AsNoTracking().SingleAsync(v => v.Id == activation.VersionId, cancellationToken).ConfigureAwait(false);
        return (version, activation);
    }

    /// <summary>The latest activation's id, a cheap check whether another host changed the table.</summary>
    public async Task<int?> LatestActivationIdAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.RoutingTableActivations.OrderByDescending(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<RoutingTableVersion?> FindAsync(string version, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.RoutingTableVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Version == version, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>> VersionNamesAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.RoutingTableVersions.AsNoTracking().Select(v => v.Version).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Saves a new version and, when <paramref name="activate"/>, puts it in force — both or neither.</summary>
    /// <returns>False when a version of that name exists already (nothing written).</returns>
    public async Task<bool> AddAsync(RoutingTableVersion version, bool activate, string? reason, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await db.RoutingTableVersions.AnyAsync(v => v.Version == version.Version, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        db.RoutingTableVersions.Add(version);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another host saved the same version (the shipped table at start) between the check and the insert.
            return false;
        }
        if (activate)
        {
            db.RoutingTableActivations.Add(new RoutingTableActivation { VersionId = version.Id, ActivatedBy = version.CreatedBy, ActivatedAt = version.CreatedAt, Reason = reason });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Puts an existing version back in force (a rollback); the history keeps both activations.</summary>
    public async Task<RoutingTableVersion?> ActivateAsync(string version, string by, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var found = await db.RoutingTableVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Version == version, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return null;
        }
        db.RoutingTableActivations.Add(new RoutingTableActivation { VersionId = found.Id, ActivatedBy = by, ActivatedAt = now, Reason = reason });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return found;
    }

    /// <summary>The newest versions first, without their JSON.</summary>
    public async Task<IReadOnlyList<RoutingTableVersion>> HistoryAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.RoutingTableVersions.AsNoTracking().OrderByDescending(v => v.Id).Take(count)
            .Select(v => new RoutingTableVersion { Id = v.Id, Version = v.Version, Json = "", Origin = v.Origin, Note = v.Note, CreatedBy = v.CreatedBy, CreatedAt = v.CreatedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
