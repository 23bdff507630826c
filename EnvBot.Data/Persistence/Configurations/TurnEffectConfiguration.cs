using EnvBot.Data.Domain.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class TurnEffectConfiguration : IEntityTypeConfiguration<TurnEffect>
{
    public void Configure(EntityTypeBuilder<TurnEffect> builder)
    {
        builder.ToTable("turn_effects");
        // The key is what makes a second attempt's insert fail (PostgreSQL: it waits for the first attempt's commit).
        builder.HasKey(e => new { e.ChannelId, e.ConversationId, e.ActivityId, e.Kind });
        builder.Property(e => e.ChannelId).HasColumnName("channel_id").HasMaxLength(64);
        builder.Property(e => e.ConversationId).HasColumnName("conversation_id").HasMaxLength(512);
        builder.Property(e => e.ActivityId).HasColumnName("activity_id").HasMaxLength(256);
        builder.Property(e => e.Kind).HasColumnName("kind").HasMaxLength(32);
        builder.Property(e => e.EntityId).HasColumnName("entity_id");
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(e => e.CreatedAt);
    }
}
