using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Persistence;

/// <summary>
/// Who leads an enterprise's block (DOMAIN.md §2: the block lead coordinates what a guide escalates and what is overdue),
/// by the enterprise's pairings active on the day.
/// </summary>
public static class BlockLeadQueries
{
    /// <summary>The blocks the enterprise belongs to by its pairings active on <paramref name="today"/>.</summary>
    public static async Task<List<int>> ActiveBlockIdsAsync(this EnvBotDbContext db, int enterpriseId, DateOnly today, CancellationToken cancellationToken) =>
        (await db.Pairings.AsNoTracking().Where(p => p.EnterpriseId == enterpriseId).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(p => p.IsActiveOn(today)).Select(p => p.BlockId).Distinct().ToList();

    /// <summary>Whether the person leads a block the enterprise belongs to on <paramref name="today"/>.</summary>
    public static async Task<bool> LeadsBlockOfAsync(this EnvBotDbContext db, int personId, int enterpriseId, DateOnly today, CancellationToken cancellationToken)
    {
        var blocks = await db.ActiveBlockIdsAsync(enterpriseId, today, cancellationToken).ConfigureAwait(false);
        return await db.BlockLeads.AnyAsync(l => l.PersonId == personId && blocks.Contains(l.BlockId), cancellationToken).ConfigureAwait(false);
    }
}
