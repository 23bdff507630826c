using EnvBot.Data.Domain.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox");
        b.Property(e => e.Id).HasColumnName("id");
        b.Property(e => e.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(256);
        b.Property(e => e.ChannelId).HasColumnName("channel_id").HasMaxLength(64);
        b.Property(e => e.ConversationId).HasColumnName("conversation_id").HasMaxLength(512);
        b.Property(e => e.UserId).HasColumnName("user_id").HasMaxLength(256);
        b.Property(e => e.ActivityJson).HasColumnName("activity_json");
        b.Property(e => e.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Attempts).HasColumnName("attempts");
        b.Property(e => e.CreatedAt).HasColumnName("created_at");
        b.Property(e => e.DueAt).HasColumnName("due_at");
        b.Property(e => e.SentAt).HasColumnName("sent_at");
        b.Property(e => e.LastError).HasColumnName("last_error").HasMaxLength(1024);
        b.Property(e => e.LastStatusCode).HasColumnName("last_status_code");
        b.Property(e => e.LockedBy).HasColumnName("locked_by").HasMaxLength(128);
        b.Property(e => e.LockedUntil).HasColumnName("locked_until");
        b.HasIndex(e => e.IdempotencyKey).IsUnique();
        b.HasIndex(e => new { e.Status, e.DueAt });
    }
}
