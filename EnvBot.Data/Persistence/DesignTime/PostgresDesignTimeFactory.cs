using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EnvBot.Data.Persistence.DesignTime;

/// <summary>Design-time PostgreSQL context; no server is contacted to add a migration.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresEnvBotDbContext>
{
    public PostgresEnvBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresEnvBotDbContext>().UseNpgsql("Host=localhost;Database=envbot_design").Options);
}
