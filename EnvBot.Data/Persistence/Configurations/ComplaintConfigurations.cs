using EnvBot.Data.Domain.Complaints;
using ComplaintsLog = EnvBot.Data.Complaints;
using EnvBot.Data.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class ComplaintReferralConfiguration : IEntityTypeConfiguration<ComplaintReferral>
{
    public void Configure(EntityTypeBuilder<ComplaintReferral> b)
    {
        b.ToTable("complaint_referrals");
        b.Property(e => e.ChannelId).HasMaxLength(64);
        b.Property(e => e.Kind).HasMaxLength(64);
        b.Property(e => e.Text).HasMaxLength(ComplaintsLog.ComplaintReferralLog.MaxTextLength);
        b.HasIndex(e => e.At);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(e => e.EnterpriseId);
    }
}
