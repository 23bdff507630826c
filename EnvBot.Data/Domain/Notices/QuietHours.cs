using EnvBot.Data.Time;

namespace EnvBot.Data.Domain.Notices;

/// <summary>
/// Hours in which nothing is sent to enterprises (issue 10: notices respect quiet hours), Asia/Shanghai wall-clock.
/// A span that crosses midnight (21:00–08:00) wraps; equal ends mean no quiet hours.
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public static QuietHours Default { get; } = new(new TimeOnly(21, 0), new TimeOnly(8, 0));

    public bool IsQuiet(DateTimeOffset instant)
    {
        if (Start == End)
        {
            return false;
        }
        var t = TimeOnly.FromDateTime(BureauTime.ToBureau(instant).DateTime);
        return Start < End ? t >= Start && t < End : t >= Start || t < End;
    }

    /// <summary><paramref name="instant"/> itself outside quiet hours; otherwise the moment they end.</summary>
    public DateTimeOffset SendableAt(DateTimeOffset instant)
    {
        if (!IsQuiet(instant))
        {
            return instant;
        }
        var local = BureauTime.ToBureau(instant);
        var date = DateOnly.FromDateTime(local.DateTime);
        // In the evening part of a span that wraps midnight the end is tomorrow morning.
        if (TimeOnly.FromDateTime(local.DateTime) >= End)
        {
            date = date.AddDays(1);
        }
        return BureauTime.At(date, End);
    }
}
