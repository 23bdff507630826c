using EnvBot.Data.Persistence;

namespace EnvBot.Data.EnterpriseFiles;

/// <summary>The account (一企一账): every registered <see cref="ITimelineSource"/> for one enterprise, merged in time order.</summary>
public sealed class EnterpriseTimeline(IEnumerable<ITimelineSource> sources, IEnvBotDbContextFactory contexts)
{
    /// <param name="forEnterprise">The enterprise's own contact is reading: internal lines are left out.</param>
    public async Task<IReadOnlyList<TimelineEntry>> ForEnterpriseAsync(int enterpriseId, bool forEnterprise, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var all = new List<TimelineEntry>();
        foreach (var source in sources)
        {
            all.AddRange(await source.ForEnterpriseAsync(db, enterpriseId, cancellationToken).ConfigureAwait(false));
        }
        return all.Where(e => !forEnterprise || !e.InternalOnly)
            .OrderBy(e => e.At).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Reference, StringComparer.Ordinal)
            .ToList();
    }
}
