namespace EnvBot.Data.ConsultationDay;

/// <summary>Settings of the <c>ConsultationDay</c> section.</summary>
public sealed class ConsultationDayOptions
{
    /// <summary>DOMAIN.md §1: at most 10 enterprises on site per session, unless the bureau configures otherwise.</summary>
    public int Capacity { get; set; } = 10;
}
