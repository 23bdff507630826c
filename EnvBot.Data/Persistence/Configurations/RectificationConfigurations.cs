using EnvBot.Data.Domain.Enterprises;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Domain.Rectification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class RectificationItemConfiguration : IEntityTypeConfiguration<RectificationItem>
{
    public void Configure(EntityTypeBuilder<RectificationItem> b)
    {
        b.ToTable("rectification_items");
        b.Property(e => e.EnterpriseName).HasMaxLength(256);
        b.Property(e => e.Finding).HasMaxLength(1000);
        b.Property(e => e.Basis).HasMaxLength(256);
        b.Property(e => e.Suggestion).HasMaxLength(1000);
        b.Property(e => e.RecordedByName).HasMaxLength(64);
        b.Property(e => e.State).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.Answer).HasMaxLength(4000);
        b.Property(e => e.ReturnReason).HasMaxLength(1000);
        b.Property(e => e.HandedOverBy).HasMaxLength(64);
        b.Property(e => e.HandOverReason).HasMaxLength(1000);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasIndex(e => e.EnterpriseId);
        b.HasIndex(e => new { e.State, e.Deadline });
        b.HasIndex(e => e.MatterId).IsUnique();
        b.HasOne<Enterprise>().WithMany().HasForeignKey(e => e.EnterpriseId);
        b.HasOne<Matter>().WithMany().HasForeignKey(e => e.MatterId);
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.RecordedByPersonId);
    }
}

internal sealed class RectificationEventConfiguration : IEntityTypeConfiguration<RectificationEvent>
{
    public void Configure(EntityTypeBuilder<RectificationEvent> b)
    {
        b.ToTable("rectification_events");
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.ActorName).HasMaxLength(64);
        b.Property(e => e.Text).HasMaxLength(4000);
        b.HasIndex(e => e.RectificationItemId);
        b.HasOne<RectificationItem>().WithMany().HasForeignKey(e => e.RectificationItemId);
    }
}

internal sealed class StoredAttachmentConfiguration : IEntityTypeConfiguration<Domain.Attachments.StoredAttachment>
{
    public void Configure(EntityTypeBuilder<Domain.Attachments.StoredAttachment> b)
    {
        b.ToTable("attachments");
        b.Property(e => e.ChannelId).HasMaxLength(64);
        b.Property(e => e.UserId).HasMaxLength(256);
        b.Property(e => e.ConversationId).HasMaxLength(512);
        b.Property(e => e.FileName).HasMaxLength(256);
        b.Property(e => e.ContentType).HasMaxLength(128);
        b.Property(e => e.Sha256).HasMaxLength(64);
        b.HasIndex(e => e.RectificationItemId);
        b.HasIndex(e => e.MatterId);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(e => e.EnterpriseId);
        b.HasOne<RectificationItem>().WithMany().HasForeignKey(e => e.RectificationItemId);
        b.HasOne<Matter>().WithMany().HasForeignKey(e => e.MatterId);
    }
}
