using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Host.Tests.Infrastructure;

/// <summary>Posts activities to <c>/api/messages</c> the way a channel does.</summary>
public static class BotClient
{
    public static Activity Message(string text, string userId = "u-001", string conversationId = "conv-001", string channelId = "test", string? serviceUrl = null, bool expectReplies = true) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = userId, Name = "用户" },
        Recipient = new ChannelAccount { Id = "envbot", Name = "EnvBot" },
        Conversation = new ConversationAccount { Id = conversationId },
        Text = text,
        Locale = "zh-CN",
        DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : null,
    };

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, Activity activity) =>
        client.PostAsync("api/messages", new StringContent(JsonSerializer.Serialize(activity, BotJson.Context.Activity), Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string json) =>
        client.PostAsync("api/messages", new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Sends with expectReplies and returns the bot's replies.</summary>
    public static async Task<IReadOnlyList<Activity>> SendAsync(this HttpClient client, Activity activity)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var response = await client.PostAsync(activity);
        response.EnsureSuccessStatusCode();
        var replies = await response.Content.ReadFromJsonAsync(BotJson.Context.ExpectedReplies);
        return replies?.Activities ?? [];
    }
}
