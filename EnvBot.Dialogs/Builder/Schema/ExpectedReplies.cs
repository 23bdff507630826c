namespace EnvBot.Dialogs.Builder.Schema;

/// <summary>Body of a 200 answer to a <c>deliveryMode=expectReplies</c> request (BOTFRAMEWORK.md §1.4).</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];
}
