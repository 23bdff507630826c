using EnvBot.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Guides;

/// <summary>What became of an enterprise's rating of a guide's contact.</summary>
public enum ServiceRatingOutcome
{
    Rated,
    /// <summary>No such contact with this enterprise: another enterprise's record is neither shown nor rated.</summary>
    NotFound,
    /// <summary>Rated before (a repeated button press): the first rating stands.</summary>
    AlreadyRated,
}

/// <summary>
/// The enterprises' rating of their guide's service (DOMAIN.md §2 考核: "the enterprises' ratings of the service"; issue 8:
/// "ask the enterprise to rate after a contact that solved something"). Written once per contact, by a contact of the
/// contacted enterprise only.
/// </summary>
public sealed class ServiceRatingService(IEnvBotDbContextFactory contexts, TimeProvider time)
{
    public const int MaxCommentLength = 500;

    public async Task<(ServiceRatingOutcome Outcome, int? Rating)> RateAsync(long recordId, int enterpriseId, int rating, string? comment, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rating, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rating, 5);
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment is { Length: > MaxCommentLength })
        {
            comment = comment[..MaxCommentLength];
        }
        var now = time.GetUtcNow();
        await using var db = contexts.CreateDbContext();
        // One statement: two presses at once cannot both rate.
        var updated = await db.ServiceRecords
            .Where(r => r.Id == recordId && r.EnterpriseId == enterpriseId && r.Rating == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Rating, rating).SetProperty(r => r.RatingComment, comment).SetProperty(r => r.RatedAt, now), cancellationToken)
            .ConfigureAwait(false);
        if (updated == 1)
        {
            return (ServiceRatingOutcome.Rated, rating);
        }
        var existing = await db.ServiceRecords.AsNoTracking().Where(r => r.Id == recordId && r.EnterpriseId == enterpriseId)
            .Select(r => new { r.Rating }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return existing is null ? (ServiceRatingOutcome.NotFound, null) : (ServiceRatingOutcome.AlreadyRated, existing.Rating);
    }

    /// <summary>Each guide's ratings of contacts dated between two days inclusive (the assessment month).</summary>
    public static async Task<Dictionary<int, (double Average, int Count)>> AveragesAsync(EnvBotDbContext db, IReadOnlyCollection<int> guideIds, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rated = await db.ServiceRecords.AsNoTracking()
            .Where(r => guideIds.Contains(r.GuidePersonId) && r.Rating != null && r.Date >= from && r.Date <= to)
            .Select(r => new { r.GuidePersonId, Rating = r.Rating!.Value }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rated.GroupBy(r => r.GuidePersonId).ToDictionary(g => g.Key, g => (g.Average(r => (double)r.Rating), g.Count()));
    }
}
