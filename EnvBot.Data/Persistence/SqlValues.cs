using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EnvBot.Data.Persistence;

/// <summary>Converts values for raw SQL exactly as EF Core's model stores them, so both paths read each other's rows.</summary>
internal static class SqlValues
{
    // EF Core's converter compiles an expression tree on first use of each instance; creating one per call made every
    // write JIT a new delegate (most of a turn's CPU under load). One compiled delegate, same encoding as the model.
    private static readonly Func<DateTimeOffset, long> ToBinary = new DateTimeOffsetToBinaryConverter().ConvertToProviderTyped;

    public static object DateTimeOffset(DatabaseProvider provider, DateTimeOffset value) => provider == DatabaseProvider.Sqlite
        ? ToBinary(value)
        : value.ToUniversalTime();
}
