namespace EnvBot.Data.EnterpriseFiles;

/// <summary>
/// One line of the enterprise's account (一企一账, DOMAIN.md §3): when, from which source (<see cref="TimelineSources"/>),
/// which record, what it was about and where it stands. <see cref="InternalOnly"/> lines are not shown to the
/// enterprise's own contacts.
/// </summary>
public sealed record TimelineEntry(DateTimeOffset At, string Source, string Reference, string Summary, string? Status, bool InternalOnly = false);

/// <summary>The sources' keys (a new source adds its own key and a label in the replies).</summary>
public static class TimelineSources
{
    public const string Matter = "matter";
    public const string Contact = "contact";
    public const string Booking = "booking";
    public const string Finding = "finding";
    public const string File = "file";
}

/// <summary>
/// A kind of record that belongs in the account. Another feature (notices, attachments) joins the account by
/// implementing this and registering it (<c>services.AddSingleton&lt;ITimelineSource, …&gt;()</c>); nothing else changes.
/// </summary>
public interface ITimelineSource
{
    Task<IReadOnlyList<TimelineEntry>> ForEnterpriseAsync(Persistence.EnvBotDbContext db, int enterpriseId, CancellationToken cancellationToken);
}
