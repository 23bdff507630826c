using EnvBot.Data.Domain.Enterprises;
using EnvBot.Data.Domain.Notices;
using EnvBot.Data.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> b)
    {
        b.ToTable("notices");
        b.Property(e => e.Title).HasMaxLength(128);
        b.Property(e => e.Text).HasMaxLength(4000);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.AttachmentName).HasMaxLength(256);
        b.Property(e => e.AttachmentUrl).HasMaxLength(1000);
        b.Property(e => e.PolicyLaw).HasMaxLength(128);
        b.Property(e => e.PolicyArticle).HasMaxLength(32);
        b.Property(e => e.TargetKind).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.TargetValue).HasMaxLength(2000);
        b.Property(e => e.AuthorName).HasMaxLength(64);
        b.Property(e => e.State).HasConversion<string>().HasMaxLength(32);
        b.HasIndex(e => e.State);
        b.HasOne<Bureau>().WithMany().HasForeignKey(e => e.BureauId);
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.AuthorPersonId);
        b.HasMany(e => e.Deliveries).WithOne().HasForeignKey(d => d.NoticeId);
    }
}

internal sealed class NoticeDeliveryConfiguration : IEntityTypeConfiguration<NoticeDelivery>
{
    public void Configure(EntityTypeBuilder<NoticeDelivery> b)
    {
        b.ToTable("notice_deliveries");
        b.Property(e => e.EnterpriseName).HasMaxLength(256);
        b.Property(e => e.AcknowledgedBy).HasMaxLength(128);
        b.HasIndex(e => new { e.NoticeId, e.EnterpriseId }).IsUnique();
        b.HasIndex(e => e.EnterpriseId);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(e => e.EnterpriseId);
    }
}
