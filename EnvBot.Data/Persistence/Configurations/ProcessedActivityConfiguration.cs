using EnvBot.Data.Domain.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class ProcessedActivityConfiguration : IEntityTypeConfiguration<ProcessedActivity>
{
    public void Configure(EntityTypeBuilder<ProcessedActivity> builder)
    {
        builder.ToTable("processed_activities");
        builder.HasKey(e => new { e.ChannelId, e.ConversationId, e.ActivityId });
        builder.Property(e => e.ChannelId).HasColumnName("channel_id").HasMaxLength(64);
        builder.Property(e => e.ConversationId).HasColumnName("conversation_id").HasMaxLength(512);
        builder.Property(e => e.ActivityId).HasColumnName("activity_id").HasMaxLength(256);
        builder.Property(e => e.ProcessedAt).HasColumnName("processed_at");
        builder.Property(e => e.UndeliveredReplies).HasColumnName("undelivered_replies");
        builder.Property(e => e.RepliesDueAt).HasColumnName("replies_due_at");
        builder.HasIndex(e => e.ProcessedAt);
        builder.HasIndex(e => e.RepliesDueAt);
    }
}
