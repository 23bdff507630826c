namespace EnvBot.Data.Time;

/// <summary>The bureau's clock rules live in Asia/Shanghai (UTC+8, no DST); resolved once, whatever the host's zone.</summary>
public static class BureauTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset ToBureau(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToBureau(time.GetUtcNow()).DateTime);

    public static DateTimeOffset Now(TimeProvider time) => ToBureau(time.GetUtcNow());

    /// <summary>The instant a bureau-local wall-clock time happens.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) =>
        new(date.ToDateTime(time), Zone.GetUtcOffset(date.ToDateTime(time)));
}
