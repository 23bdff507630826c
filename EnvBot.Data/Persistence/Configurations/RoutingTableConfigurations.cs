using EnvBot.Data.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class RoutingTableVersionConfiguration : IEntityTypeConfiguration<RoutingTableVersion>
{
    public void Configure(EntityTypeBuilder<RoutingTableVersion> b)
    {
        b.ToTable("routing_table_versions");
        b.Property(e => e.Version).HasMaxLength(64);
        b.Property(e => e.Origin).HasMaxLength(16);
        b.Property(e => e.Note).HasMaxLength(500);
        b.Property(e => e.CreatedBy).HasMaxLength(100);
        b.HasIndex(e => e.Version).IsUnique();
    }
}

internal sealed class RoutingTableActivationConfiguration : IEntityTypeConfiguration<RoutingTableActivation>
{
    public void Configure(EntityTypeBuilder<RoutingTableActivation> b)
    {
        b.ToTable("routing_table_activations");
        b.Property(e => e.ActivatedBy).HasMaxLength(100);
        b.Property(e => e.Reason).HasMaxLength(500);
        b.HasOne<RoutingTableVersion>().WithMany().HasForeignKey(e => e.VersionId);
    }
}
