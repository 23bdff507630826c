using EnvBot.Data.Domain.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class StoredConversationReferenceConfiguration : IEntityTypeConfiguration<StoredConversationReference>
{
    public void Configure(EntityTypeBuilder<StoredConversationReference> builder)
    {
        builder.ToTable("conversation_references");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.ChannelId).HasColumnName("channel_id").HasMaxLength(64);
        builder.Property(e => e.ConversationId).HasColumnName("conversation_id").HasMaxLength(512);
        builder.Property(e => e.UserId).HasColumnName("user_id").HasMaxLength(256);
        builder.Property(e => e.UserName).HasColumnName("user_name").HasMaxLength(256);
        builder.Property(e => e.TenantId).HasColumnName("tenant_id").HasMaxLength(64);
        builder.Property(e => e.IsGroup).HasColumnName("is_group");
        builder.Property(e => e.ServiceUrl).HasColumnName("service_url").HasMaxLength(512);
        builder.Property(e => e.ServiceUrlTrusted).HasColumnName("service_url_trusted");
        builder.Property(e => e.ReferenceJson).HasColumnName("reference_json");
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        builder.HasIndex(e => new { e.ChannelId, e.ConversationId, e.UserId }).IsUnique();
        builder.HasIndex(e => new { e.ChannelId, e.UserId });
    }
}
