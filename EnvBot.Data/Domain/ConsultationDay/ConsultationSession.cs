namespace EnvBot.Data.Domain.ConsultationDay;

/// <summary>One monthly consultation day: its date, opening hours and the last moment to book it.</summary>
public sealed record ConsultationSession(DateOnly Date, TimeOnly Opens, TimeOnly Closes, DateTimeOffset BookingClosesAt)
{
    public DateTimeOffset StartsAt => Time.BureauTime.At(Date, Opens);
}
