namespace EnvBot.Data.ConsultationDay;

/// <summary>A validated registration form; the ID number arrives already protected and masked, never in clear.</summary>
public sealed record NewBooking(
    DateOnly SessionDate,
    int? EnterpriseId,
    string EnterpriseName,
    string CreditCode,
    string? Address,
    string? PostalCode,
    string ContactName,
    string ProtectedIdNumber,
    string MaskedIdNumber,
    string Phone,
    string? Email,
    string Question,
    string ChannelId,
    string UserId);
