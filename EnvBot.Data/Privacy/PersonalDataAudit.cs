using EnvBot.Data.Domain.Privacy;
using EnvBot.Data.Persistence;

namespace EnvBot.Data.Privacy;

/// <summary>Records who saw which personal data, when and why (issue 9: audit of every access to personal data).</summary>
public sealed class PersonalDataAudit(IEnvBotDbContextFactory contexts, TimeProvider time)
{
    public const string DefaultPurpose = "查看";

    public async Task RecordAsync(int personId, string kind, string? subject, CancellationToken cancellationToken)
    {
        var trimmed = subject?.Trim();
        await using var db = contexts.CreateDbContext();
        db.PersonalDataAccesses.Add(new PersonalDataAccess
        {
            PersonId = personId,
            Kind = kind,
            Subject = string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > 256 ? trimmed[..256] : trimmed,
            Purpose = DefaultPurpose,
            At = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
