namespace EnvBot.Host.DirectLine;

/// <summary>User-facing text of the web chat channel.</summary>
public static class DirectLineTexts
{
    /// <summary>The bot's display name on its own channel.</summary>
    public const string BotName = "环保助手";
}
