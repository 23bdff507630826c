using EnvBot.Data.Persistence.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class BotStateEntryConfiguration : IEntityTypeConfiguration<BotStateEntry>
{
    public void Configure(EntityTypeBuilder<BotStateEntry> builder)
    {
        builder.ToTable("bot_state");
        builder.HasKey(e => e.Key);
        builder.Property(e => e.Key).HasColumnName("key").HasMaxLength(512);
        builder.Property(e => e.Json).HasColumnName("json");
        builder.Property(e => e.ETag).HasColumnName("etag").HasMaxLength(64);
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");
    }
}
