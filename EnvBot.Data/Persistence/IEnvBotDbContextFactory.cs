namespace EnvBot.Data.Persistence;

/// <summary>Creates the provider's context as the common <see cref="EnvBotDbContext"/>.</summary>
public interface IEnvBotDbContextFactory
{
    EnvBotDbContext CreateDbContext();
}
