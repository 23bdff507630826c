namespace EnvBot.Data.Persistence;

/// <summary>Converts values for raw SQL exactly as EF Core's model stores them, so both paths read each other's rows.</summary>
internal static class SqlValues
{
    public static object DateTimeOffset(DatabaseProvider provider, DateTimeOffset value) => provider == DatabaseProvider.Sqlite
        ? new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertToProvider(value)!
        : value.ToUniversalTime();
}
