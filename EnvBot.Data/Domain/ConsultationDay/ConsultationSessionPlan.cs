namespace EnvBot.Data.Domain.ConsultationDay;

/// <summary>
/// One month's consultation day as 综合处 plans it (seed 003 六(一)): the theme and location are drafted by 综合处 and
/// announced only after a leader approves them. Also holds the session's confirmed-seat count, so that confirming a
/// seat is one conditional update (DOMAIN.md §1: at most 10 enterprises per session).
/// </summary>
public sealed class ConsultationSessionPlan
{
    public int Id { get; set; }

    /// <summary>The session's date (the 10th of its month).</summary>
    public DateOnly SessionDate { get; set; }

    public string? Theme { get; set; }

    public string? Location { get; set; }

    /// <summary>The 综合处 reviewer who last drafted or changed the theme and location; a change withdraws approval.</summary>
    public int? ProposedByPersonId { get; set; }

    public DateTimeOffset? ProposedAt { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public int? ApprovedByPersonId { get; set; }

    /// <summary>Seats confirmed by 综合处; never above the configured capacity.</summary>
    public int ConfirmedSeats { get; set; }

    /// <summary>Theme and location may be shown only once a leader approved them.</summary>
    public bool IsAnnounced => ApprovedAt is not null && Theme is not null && Location is not null;
}
