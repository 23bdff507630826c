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
}
