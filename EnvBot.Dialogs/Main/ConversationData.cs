namespace EnvBot.Dialogs.Main;

/// <summary>Per-conversation facts the bot keeps between turns.</summary>
public sealed class ConversationData
{
    /// <summary>When the user last wrote; a half-finished dialog left idle too long is reset with a notice.</summary>
    public DateTimeOffset? LastActivityAt { get; set; }

    public int Turns { get; set; }
}
