using EnvBot.Data.Domain.DirectLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnvBot.Data.Persistence.Configurations;

internal sealed class DirectLineActivityConfiguration : IEntityTypeConfiguration<DirectLineActivity>
{
    public void Configure(EntityTypeBuilder<DirectLineActivity> builder)
    {
        builder.ToTable("directline_activities");
        builder.HasKey(e => new { e.ConversationId, e.Sequence });
        builder.Property(e => e.ConversationId).HasColumnName("conversation_id").HasMaxLength(128);
        builder.Property(e => e.Sequence).HasColumnName("sequence");
        builder.Property(e => e.ActivityJson).HasColumnName("activity_json");
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
        builder.HasOne<DirectLineConversation>().WithMany().HasForeignKey(e => e.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
