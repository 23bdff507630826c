using EnvBot.Data.Domain.Enterprises;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class MatterConfiguration : IEntityTypeConfiguration<Matter>
{
    public void Configure(EntityTypeBuilder<Matter> b)
    {
        b.ToTable("ledger_matters");
        b.Property(e => e.EnterpriseName).HasMaxLength(256);
        b.Property(e => e.Question).HasMaxLength(4000);
        b.Property(e => e.Source).HasMaxLength(64);
        b.Property(e => e.Kind).HasMaxLength(64);
        b.Property(e => e.State).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.AssigneeName).HasMaxLength(64);
        b.Property(e => e.Answer).HasMaxLength(8000);
        b.Property(e => e.RequesterChannelId).HasMaxLength(64);
        b.Property(e => e.RequesterConversationId).HasMaxLength(512);
        b.Property(e => e.RequesterUserId).HasMaxLength(256);
        // Optimistic concurrency: two transitions read at the same version cannot both be saved.
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasIndex(e => e.EnterpriseId);
        b.HasIndex(e => new { e.State, e.DueDate });
        b.HasOne<Bureau>().WithMany().HasForeignKey(e => e.BureauId);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(e => e.EnterpriseId);
        b.HasOne<Department>().WithMany().HasForeignKey(e => e.DepartmentId);
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.AssigneePersonId);
        b.HasMany(e => e.Events).WithOne().HasForeignKey(e => e.MatterId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MatterEventConfiguration : IEntityTypeConfiguration<MatterEvent>
{
    public void Configure(EntityTypeBuilder<MatterEvent> b)
    {
        b.ToTable("ledger_events");
        b.HasIndex(e => new { e.MatterId, e.Sequence }).IsUnique();
        b.HasIndex(e => new { e.MatterId, e.ActionId }).IsUnique();
        b.Property(e => e.Action).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.FromState).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.ToState).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.ReturnReason).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.ActorName).HasMaxLength(64);
        b.Property(e => e.Reason).HasMaxLength(8000);
        b.Property(e => e.DepartmentName).HasMaxLength(64);
        b.Property(e => e.DecidedBy).HasMaxLength(128);
        b.Property(e => e.ActionId).HasMaxLength(128);
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.ActorPersonId);
    }
}
