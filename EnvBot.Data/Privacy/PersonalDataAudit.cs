using EnvBot.Data.Domain.Privacy;
using EnvBot.Data.Persistence;

namespace EnvBot.Data.Privacy;

/// <summary>Records who saw which personal data, when and why (issue 9: audit of every access to personal data).</summary>
public sealed class PersonalDataAudit(IEnvBotDbContextFactory contexts, TimeProvider time)
{
    public const string DefaultPurpose = "查看";

    /// <param name="subject">Which list or file (e.g. the enterprise named in the command); null when the kind says it all.</param>
    public Task RecordAsync(int personId, string kind, string? subject, CancellationToken cancellationToken) =>
        RecordAsync(personId, kind, subject, DefaultPurpose, null, cancellationToken);

    /// <summary>A booking's full ID number was shown to <paramref name="personId"/> for <paramref name="purpose"/>.</summary>
    public Task RecordIdNumberAsync(int personId, int bookingId, string purpose, CancellationToken cancellationToken) =>
        RecordAsync(personId, PersonalDataKinds.IdNumber, null, purpose, bookingId, cancellationToken);

    private async Task RecordAsync(int personId, string kind, string? subject, string purpose, int? bookingId, CancellationToken cancellationToken)
    {
        var trimmed = subject?.Trim();
        await using var db = contexts.CreateDbContext();
        db.PersonalDataAccesses.Add(new PersonalDataAccess
        {
            PersonId = personId,
            Kind = kind,
            BookingId = bookingId,
            Subject = string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > 256 ? trimmed[..256] : trimmed,
            Purpose = purpose,
            At = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
