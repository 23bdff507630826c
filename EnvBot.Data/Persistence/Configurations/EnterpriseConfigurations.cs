using EnvBot.Data.Domain.Enterprises;
using EnvBot.Data.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.ToTable("enterprises");
        b.HasIndex(e => new { e.BureauId, e.Name }).IsUnique();
        b.HasIndex(e => e.CreditCode);
        b.Property(e => e.Name).HasMaxLength(128);
        b.Property(e => e.NameNote).HasMaxLength(128);
        b.Property(e => e.CreditCode).HasMaxLength(18);
        b.Property(e => e.Address).HasMaxLength(256);
        b.Property(e => e.Category).HasMaxLength(32);
        b.Property(e => e.Industry).HasMaxLength(64);
        b.Property(e => e.Area).HasMaxLength(64);
        b.HasOne<Bureau>().WithMany().HasForeignKey(e => e.BureauId);
        b.HasMany(e => e.Contacts).WithOne().HasForeignKey(c => c.EnterpriseId);
    }
}

internal sealed class EnterpriseContactConfiguration : IEntityTypeConfiguration<EnterpriseContact>
{
    public void Configure(EntityTypeBuilder<EnterpriseContact> b)
    {
        b.ToTable("enterprise_contacts");
        b.Property(e => e.Name).HasMaxLength(64);
        b.Property(e => e.Phone).HasMaxLength(32);
    }
}
