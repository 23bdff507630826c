using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EnvBot.Data.Persistence.DesignTime;

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteEnvBotDbContext</c> build the context without the host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEnvBotDbContext>
{
    public SqliteEnvBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteEnvBotDbContext>().UseSqlite("Data Source=design.db").Options);
}
