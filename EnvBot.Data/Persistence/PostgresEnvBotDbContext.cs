using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Persistence;

public sealed class PostgresEnvBotDbContext(DbContextOptions<PostgresEnvBotDbContext> options) : EnvBotDbContext(options);
