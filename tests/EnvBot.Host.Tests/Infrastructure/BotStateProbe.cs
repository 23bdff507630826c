using System.Text.Json.Nodes;
using EnvBot.Data.Persistence.Storage;

namespace EnvBot.Host.Tests.Infrastructure;

/// <summary>Reads what the host committed to <c>bot_state</c>, through the app's own store.</summary>
public static class BotStateProbe
{
    /// <summary>The stored conversation-state document, or null when there is none.</summary>
    public static async Task<JsonObject?> ReadConversationAsync(TestHost host, string channelId, string conversationId)
    {
        var key = $"{channelId}/conversations/{conversationId}";
        var rows = await host.Services.GetRequiredService<BotStateStore>().ReadAsync([key], CancellationToken.None);
        return rows.TryGetValue(key, out var row) ? JsonNode.Parse(row.Json)!.AsObject() : null;
    }

    /// <summary><c>ConversationData.Turns</c> as stored, or null when the conversation has no state.</summary>
    public static async Task<int?> ReadTurnsAsync(TestHost host, string channelId, string conversationId)
    {
        var document = await ReadConversationAsync(host, channelId, conversationId);
        return document?["ConversationData"]?["turns"]?.GetValue<int>();
    }
}
