namespace EnvBot.Data.Domain.Privacy;

/// <summary>A record that someone saw a booking's full ID number (DOMAIN.md §1: only 综合处, and the access is recorded).</summary>
public sealed class PersonalDataAccess
{
    public long Id { get; set; }

    public int PersonId { get; set; }

    public int BookingId { get; set; }

    public required string Purpose { get; set; }

    public DateTimeOffset At { get; set; }
}
