using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnvBot.Dialogs.Builder.Schema;

/// <summary>What a bot must keep to message a conversation later (BOTFRAMEWORK.md §3.3).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? Locale { get; set; }
    public string? ServiceUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
