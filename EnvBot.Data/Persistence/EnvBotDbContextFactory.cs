using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Persistence;

internal sealed class EnvBotDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IEnvBotDbContextFactory
    where TContext : EnvBotDbContext
{
    public EnvBotDbContext CreateDbContext() => inner.CreateDbContext();
}
