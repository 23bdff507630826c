namespace EnvBot.Dialogs.ConsultationDay;

/// <summary>
/// The form as the dialog fills it, saved in dialog state between turns. The ID number is kept only protected
/// (<see cref="ProtectedIdNumber"/>) and masked: dialog state is stored in the database (DOMAIN.md §1).
/// </summary>
public sealed class ConsultationBookingDetails
{
    public DateOnly SessionDate { get; set; }

    public int? EnterpriseId { get; set; }

    /// <summary>Every field but the ID number, normalized.</summary>
    public Dictionary<BookingField, string> Values { get; set; } = [];

    public string? ProtectedIdNumber { get; set; }

    public string? MaskedIdNumber { get; set; }

    /// <summary>The field asked last; null while waiting for confirmation.</summary>
    public BookingField? Asking { get; set; }

    /// <summary>Said before the next question (what was wrong, the booking boundary); then cleared.</summary>
    public string? Notice { get; set; }

    public bool Has(BookingField field) => field == BookingField.IdNumber ? ProtectedIdNumber is not null : Values.ContainsKey(field);
}
