namespace EnvBot.Data.ConsultationDay;

/// <summary>What happened when 综合处 tried to confirm a seat.</summary>
public enum SeatOutcome
{
    Confirmed,
    NotFound,
    AlreadyConfirmed,
    NotPending,
    Full,
}
