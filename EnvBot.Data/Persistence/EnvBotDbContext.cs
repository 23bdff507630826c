using EnvBot.Data.Domain.Conversations;
using EnvBot.Data.Domain.DirectLine;
using EnvBot.Data.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Persistence;

/// <summary>
/// The one model of EnvBot's data. Each provider has its own subclass only so that each keeps its own migration set
/// (ARCHITECTURE.md "State and data"); the model is identical.
/// </summary>
public abstract class EnvBotDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<BotStateEntry> BotState => Set<BotStateEntry>();
    public DbSet<StoredConversationReference> ConversationReferences => Set<StoredConversationReference>();
    public DbSet<ProcessedActivity> ProcessedActivities => Set<ProcessedActivity>();
    public DbSet<DirectLineConversation> DirectLineConversations => Set<DirectLineConversation>();
    public DbSet<DirectLineActivity> DirectLineActivities => Set<DirectLineActivity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnvBotDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset columns natively; store UTC ticks there (see SqliteEnvBotDbContext).
        base.ConfigureConventions(configurationBuilder);
    }
}
