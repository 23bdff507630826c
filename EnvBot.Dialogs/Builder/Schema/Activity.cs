using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnvBot.Dialogs.Builder.Schema;

/// <summary>
/// A Bot Framework activity as it travels on the wire (BOTFRAMEWORK.md §1). Field names are camelCase;
/// fields this type does not model are kept in <see cref="Extra"/> so they survive a round trip (SPEC-ACT A2005).
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public string? TopicName { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<JsonElement>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public ConversationReference? RelatesTo { get; set; }
    public string? Code { get; set; }
    public string? Importance { get; set; }
    public string? DeliveryMode { get; set; }
    public string? CallerId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The bot's own id in this conversation (the inbound recipient).</summary>
    [JsonIgnore]
    public bool IsFromBot => string.Equals(From?.Role, "bot", StringComparison.OrdinalIgnoreCase);

    public static Activity CreateMessage(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>
    /// Builds a reply the way channels expect: from/recipient swapped, conversation copied unchanged (tenantId,
    /// conversationType, isGroup), replyToId = the incoming id — except a conversationUpdate on Direct Line/Web Chat,
    /// whose id is not a recorded activity (BOTFRAMEWORK.md §1.7).
    /// </summary>
    public Activity CreateReply(string? text = null)
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            Locale = string.IsNullOrEmpty(Locale) ? null : Locale,
            From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
            Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
            Conversation = Conversation?.Clone(),
        };
        if (!(Type == ActivityTypes.ConversationUpdate && Channels.IsDirectLine(ChannelId)))
        {
            reply.ReplyToId = Id;
        }
        return reply;
    }

    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Type == ActivityTypes.ConversationUpdate && Channels.IsDirectLine(ChannelId) ? null : Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = string.IsNullOrEmpty(Locale) ? null : Locale,
    };

    /// <summary>Fills the addressing of an outgoing activity from a stored reference (proactive messages).</summary>
    public Activity ApplyConversationReference(ConversationReference reference)
    {
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Conversation = reference.Conversation?.Clone();
        From = reference.Bot;
        Recipient = reference.User;
        Locale ??= reference.Locale;
        return this;
    }

    public Activity Clone() => JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(this, BotJson.Context.Activity), BotJson.Context.Activity)!;

    /// <summary>Reads <c>channelData.clientActivityID</c> (Web Chat, Emulator) without assuming channelData is an object.</summary>
    public string? GetChannelDataString(string name) =>
        ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
}
