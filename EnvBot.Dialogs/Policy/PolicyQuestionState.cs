namespace EnvBot.Dialogs.Policy;

/// <summary>The last policy question in this conversation, kept so 转人工 knows what to hand over and a follow-up
/// ("那不贴会罚多少") what it leans on.</summary>
public sealed class PolicyQuestionState
{
    public string? LastQuestion { get; set; }

    /// <summary>When <see cref="LastQuestion"/> was asked (a follow-up leans on it for <see cref="PolicyFollowUp.Window"/>).</summary>
    public DateTimeOffset? LastAskedAt { get; set; }
}
