namespace EnvBot.Data.Domain.Privacy;

/// <summary>
/// A record that someone saw personal data: a booking's full ID number (DOMAIN.md §1: only 综合处, and the access is
/// recorded), or a list or file that names people and their phone numbers (issue 9: audit of every access to personal
/// data). Append-only.
/// </summary>
public sealed class PersonalDataAccess
{
    public long Id { get; set; }

    public int PersonId { get; set; }

    /// <summary>What was seen, in the bureau's words (e.g. 身份证号码, 咨询日名单).</summary>
    public string Kind { get; set; } = PersonalDataKinds.IdNumber;

    /// <summary>The booking whose ID number was seen; null for other kinds.</summary>
    public int? BookingId { get; set; }

    /// <summary>Which list or file (the command's argument, e.g. an enterprise's name); null when the kind says it all.</summary>
    public string? Subject { get; set; }

    public required string Purpose { get; set; }

    public DateTimeOffset At { get; set; }
}
