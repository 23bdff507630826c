namespace EnvBot.Data.Domain.Ledger;

/// <summary>Where matters come from (issue 5); later issues call the same service with their own source.</summary>
public static class MatterSources
{
    public const string EnterpriseChat = "enterprise-chat";
    public const string UnansweredPolicyQuestion = "policy-question";
    public const string ConsultationBooking = "consultation-booking";
    public const string GuideContact = "guide-contact";
    /// <summary>A finding of a health check (体检, seed 001/002), recorded by a guide or expert.</summary>
    public const string HealthCheck = "health-check";
}
