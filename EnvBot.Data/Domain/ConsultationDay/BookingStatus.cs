namespace EnvBot.Data.Domain.ConsultationDay;

/// <summary>Where a consultation-day booking stands (DOMAIN.md §1: reviewed by 综合处, at most 10 seats confirmed).</summary>
public enum BookingStatus
{
    /// <summary>Registered, waiting for 综合处's initial review and seat confirmation.</summary>
    Pending,

    /// <summary>A seat at the session was confirmed by 综合处.</summary>
    Confirmed,

    /// <summary>Out of scope (信访、投诉、重复事项); the enterprise is told the reason.</summary>
    Rejected,

    /// <summary>Cancelled by the enterprise; its seat, if it had one, is free again.</summary>
    Cancelled,

    /// <summary>Over the session's capacity: a written reply in advance and priority at the next session.</summary>
    Waitlisted,
}
