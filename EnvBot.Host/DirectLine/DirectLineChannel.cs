using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Host.DirectLine;

/// <summary>Fixed facts of EnvBot's own Direct Line channel.</summary>
public static class DirectLineChannel
{
    /// <summary>
    /// The serviceUrl of activities from this channel. It is never called over HTTP: the connector factory maps it to
    /// <see cref="DirectLineConnector"/>, so replies and proactive messages land in the conversation's history.
    /// </summary>
    public const string ServiceUrl = "https://directline.envbot.local/";

    /// <summary>Direct Line's limit is about 256K per serialized activity (BOTFRAMEWORK.md §5.3).</summary>
    public const int MaxActivityBytes = 256 * 1024;

    public const string BotId = "envbot";

    public static ChannelAccount Bot() => new() { Id = BotId, Name = DirectLineTexts.BotName, Role = "bot" };

    /// <summary>Activity ids are <c>{conversationId}|{sequence:D7}</c>, as Direct Line writes them.</summary>
    public static string ActivityId(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
}
