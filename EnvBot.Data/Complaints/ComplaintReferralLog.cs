using EnvBot.Data.Domain.Complaints;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Domain.Privacy;
using EnvBot.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Complaints;

/// <summary>Records that a complaint was referred to the reporting channels (issue 10: "records that it did").</summary>
public sealed class ComplaintReferralLog(IEnvBotDbContextFactory contexts, TimeProvider time)
{
    /// <summary>Texts longer than this are cut: the record proves the referral, it is not a case file.</summary>
    public const int MaxTextLength = 500;

    public async Task<ComplaintReferral> RecordAsync(UserIdentity who, string channelId, string? kind, string text, CancellationToken cancellationToken)
    {
        var masked = PersonalDataRedactor.Redact(text)!;
        var referral = new ComplaintReferral
        {
            EnterpriseId = who.EnterpriseId,
            EnterpriseContactId = who.EnterpriseContactId,
            PersonId = who.PersonId,
            ChannelId = channelId,
            Kind = kind,
            Text = masked.Length > MaxTextLength ? masked[..MaxTextLength] : masked,
            At = time.GetUtcNow(),
        };
        await using var db = contexts.CreateDbContext();
        db.ComplaintReferrals.Add(referral);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return referral;
    }

    public async Task<IReadOnlyList<ComplaintReferral>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.ComplaintReferrals.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
