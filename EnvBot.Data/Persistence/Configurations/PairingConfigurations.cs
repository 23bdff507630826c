using EnvBot.Data.Domain.Enterprises;
using EnvBot.Data.Domain.Pairings;
using EnvBot.Data.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class BlockConfiguration : IEntityTypeConfiguration<Block>
{
    public void Configure(EntityTypeBuilder<Block> b)
    {
        b.ToTable("blocks");
        b.HasIndex(e => new { e.BureauId, e.Number }).IsUnique();
        b.Property(e => e.Name).HasMaxLength(64);
        b.HasOne<Bureau>().WithMany().HasForeignKey(e => e.BureauId);
        b.HasMany(e => e.Leads).WithOne().HasForeignKey(l => l.BlockId);
    }
}

internal sealed class BlockLeadConfiguration : IEntityTypeConfiguration<BlockLead>
{
    public void Configure(EntityTypeBuilder<BlockLead> b)
    {
        b.ToTable("block_leads");
        b.HasKey(e => new { e.BlockId, e.PersonId });
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId);
    }
}

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> b)
    {
        b.ToTable("programmes");
        b.HasIndex(e => e.Code).IsUnique();
        b.Property(e => e.Code).HasMaxLength(32);
        b.Property(e => e.Name).HasMaxLength(128);
        // Frequency rules are data per programme (DOMAIN.md §2), kept as a JSON document beside it.
        b.OwnsMany(e => e.Rules, r =>
        {
            r.ToJson("rules");
            r.Property(x => x.Period).HasConversion<string>();
        });
    }
}

internal sealed class PairingConfiguration : IEntityTypeConfiguration<Pairing>
{
    public void Configure(EntityTypeBuilder<Pairing> b)
    {
        b.ToTable("pairings");
        b.HasIndex(e => new { e.ProgrammeId, e.EnterpriseId, e.ValidFrom });
        b.HasIndex(e => e.GuidePersonId);
        b.Property(e => e.Note).HasMaxLength(512);
        b.HasOne<Programme>().WithMany().HasForeignKey(e => e.ProgrammeId);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(e => e.EnterpriseId);
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.GuidePersonId);
        b.HasOne<Block>().WithMany().HasForeignKey(e => e.BlockId);
    }
}
