namespace EnvBot.Dialogs.Builder.Schema;

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string EndOfConversation = "endOfConversation";
    public const string InstallationUpdate = "installationUpdate";
    public const string ContactRelationUpdate = "contactRelationUpdate";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string MessageReaction = "messageReaction";
    public const string Trace = "trace";

    /// <summary>SDK-internal pseudo type, never on the wire: carries an invoke's HTTP answer.</summary>
    public const string InvokeResponse = "invokeResponse";
}
