namespace EnvBot.Data.Domain.ConsultationDay;

/// <summary>
/// An enterprise's registration for a consultation day: the form of seed 003 附件2 (DOMAIN.md §1). The resident ID
/// number is personal information: only its protected (encrypted) form and its mask are stored, never the number.
/// </summary>
public sealed class Booking
{
    public int Id { get; set; }

    public DateOnly SessionDate { get; set; }

    public BookingStatus Status { get; set; }

    /// <summary>The enterprise the booking is for, when the booker is a bound enterprise contact or the code is known.</summary>
    public int? EnterpriseId { get; set; }

    public required string EnterpriseName { get; set; }

    public required string CreditCode { get; set; }

    public string? Address { get; set; }

    public string? PostalCode { get; set; }

    public required string ContactName { get; set; }

    /// <summary>The ID number encrypted by <see cref="Privacy.IPersonalDataProtector"/>; reveal only for 综合处.</summary>
    public required string ProtectedIdNumber { get; set; }

    /// <summary><c>3309**********123X</c>: what every list and reply shows.</summary>
    public required string MaskedIdNumber { get; set; }

    public required string Phone { get; set; }

    public string? Email { get; set; }

    public required string Question { get; set; }

    /// <summary>The chat account that booked, so 我的预约 finds it for a person who is not bound to an enterprise.</summary>
    public required string ChannelId { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public int? DecidedByPersonId { get; set; }

    public string? Reason { get; set; }

    /// <summary>The ledger matter the question became when 综合处 accepted it (DOMAIN.md §1: assigned to a department).</summary>
    public int? MatterId { get; set; }

    /// <summary>Rejected as a repeat (重复事项): the earlier matter whose answer the enterprise is pointed to.</summary>
    public int? RepeatOfMatterId { get; set; }

    /// <summary>
    /// Carried over from a session that was full (DOMAIN.md §1: "priority at the next session"); the earlier booking's
    /// number, shown to the reviewer next month.
    /// </summary>
    public int? PriorityFromBookingId { get; set; }

    /// <summary>The enterprise's rating of the service after the session (企业反向测评, 1–5).</summary>
    public int? Rating { get; set; }

    public string? RatingComment { get; set; }

    public DateTimeOffset? RatedAt { get; set; }
}
