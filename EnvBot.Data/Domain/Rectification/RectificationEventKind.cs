namespace EnvBot.Data.Domain.Rectification;

/// <summary>Stored by name.</summary>
public enum RectificationEventKind
{
    Recorded,
    Answered,
    Returned,
    Accepted,
    Escalated,
    HandedToEnforcement,
}
