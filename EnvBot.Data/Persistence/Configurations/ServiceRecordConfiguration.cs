using EnvBot.Data.Domain.Enterprises;
using EnvBot.Data.Domain.Guides;
using EnvBot.Data.Domain.Pairings;
using EnvBot.Data.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class ServiceRecordConfiguration : IEntityTypeConfiguration<ServiceRecord>
{
    public void Configure(EntityTypeBuilder<ServiceRecord> b)
    {
        b.ToTable("service_records");
        // Compliance per pairing and week/month over millions of records (issue 8 benchmark): a range scan on
        // (pairing, date) that also holds the channel, so the table itself is not read.
        b.HasIndex(e => new { e.PairingId, e.Date, e.Channel });
        // 我的企业 and "who else contacted it recently" (DOMAIN.md §2, 避免重复走访).
        b.HasIndex(e => new { e.EnterpriseId, e.Date });
        // The weekly 问题清单 per guide (Friday report).
        b.HasIndex(e => new { e.GuidePersonId, e.Date });
        b.Property(e => e.Channel).HasMaxLength(8);
        b.Property(e => e.Resolution).HasMaxLength(8);
        b.Property(e => e.Problem).HasMaxLength(2000);
        b.Property(e => e.Other).HasMaxLength(2000);
        b.Property(e => e.SourceText).HasMaxLength(4000);
        b.Property(e => e.RatingComment).HasMaxLength(500);
        b.HasOne<Bureau>().WithMany().HasForeignKey(e => e.BureauId);
        b.HasOne<Pairing>().WithMany().HasForeignKey(e => e.PairingId);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(e => e.EnterpriseId);
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.GuidePersonId);
    }
}

internal sealed class GradeAdjustmentRecordConfiguration : IEntityTypeConfiguration<GradeAdjustmentRecord>
{
    public void Configure(EntityTypeBuilder<GradeAdjustmentRecord> b)
    {
        b.ToTable("grade_adjustments");
        b.HasIndex(e => new { e.Year, e.Month, e.GuidePersonId });
        b.Property(e => e.Grade).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.ByName).HasMaxLength(64);
        b.Property(e => e.Reason).HasMaxLength(1000);
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.GuidePersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.ByPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
