namespace EnvBot.Data.Domain.Ledger;

/// <summary>Where matters come from (issue 5); later issues call the same service with their own source.</summary>
public static class MatterSources
{
    public const string EnterpriseChat = "enterprise-chat";
    public const string UnansweredPolicyQuestion = "policy-question";
    public const string ConsultationBooking = "consultation-booking";
    public const string GuideContact = "guide-contact";
}
