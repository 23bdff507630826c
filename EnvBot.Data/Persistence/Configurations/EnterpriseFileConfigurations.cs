using EnvBot.Data.Domain.Enterprises;
using EnvBot.Data.Domain.EnterpriseFiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class EnterpriseFileEntryConfiguration : IEntityTypeConfiguration<EnterpriseFileEntry>
{
    public void Configure(EntityTypeBuilder<EnterpriseFileEntry> b)
    {
        b.ToTable("enterprise_file_entries");
        b.Property(e => e.Field).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.Value).HasMaxLength(1000);
        b.Property(e => e.Number).HasMaxLength(64);
        b.Property(e => e.PermitClass).HasMaxLength(16);
        b.Property(e => e.RecordedByName).HasMaxLength(64);
        b.Property(e => e.SourceText).HasMaxLength(2000);
        b.HasIndex(e => new { e.EnterpriseId, e.Field });
        b.HasOne<Enterprise>().WithMany().HasForeignKey(e => e.EnterpriseId);
    }
}
