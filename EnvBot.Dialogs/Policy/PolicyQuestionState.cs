namespace EnvBot.Dialogs.Policy;

/// <summary>The last policy question in this conversation, kept so 转人工 knows what to hand over.</summary>
public sealed class PolicyQuestionState
{
    public string? LastQuestion { get; set; }
}
