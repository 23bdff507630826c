namespace EnvBot.Dialogs.Builder.Schema;

public static class Channels
{
    public const string MsTeams = "msteams";
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";
    public const string Emulator = "emulator";
    public const string Test = "test";

    public static bool IsDirectLine(string? channelId) => channelId is DirectLine or WebChat;
}
