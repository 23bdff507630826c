namespace EnvBot.Dialogs.ConsultationDay;

/// <summary>
/// What <see cref="BookingFieldExtractor"/> found in one message: valid values (normalized) and, per field, what was
/// wrong. The ID number appears here in clear only for the moment it takes the dialog to protect it.
/// </summary>
public sealed class BookingExtraction
{
    public Dictionary<BookingField, string> Values { get; } = [];

    public Dictionary<BookingField, string> Errors { get; } = [];

    public bool IsEmpty => Values.Count == 0 && Errors.Count == 0;
}
