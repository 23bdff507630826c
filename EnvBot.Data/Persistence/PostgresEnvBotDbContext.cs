using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EnvBot.Data.Persistence;

public sealed class PostgresEnvBotDbContext(DbContextOptions<PostgresEnvBotDbContext> options) : EnvBotDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Npgsql writes timestamptz only from UTC values; the domain hands out bureau-local (+08:00) instants, so every
        // DateTimeOffset (entity values and query parameters alike) is turned to UTC on the way in. Same instant.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}

/// <summary>The same instant at offset zero, for PostgreSQL's timestamptz.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
