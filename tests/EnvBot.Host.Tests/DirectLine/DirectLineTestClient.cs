using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.DirectLine;

/// <summary>Calls EnvBot's Direct Line endpoint over real HTTP, as a Direct Line client would.</summary>
public sealed class DirectLineTestClient(TestHost host, string secret = DirectLineTestClient.Secret)
{
    public const string Secret = "test-directline-secret";

    public static IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret };

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? credential, string? json = null)
    {
        var request = new HttpRequestMessage(method, "v3/directline/" + path);
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        return host.Client.SendAsync(request);
    }

    public async Task<JsonElement> JsonAsync(HttpMethod method, string path, string? credential, string? json = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await SendAsync(method, path, credential, json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{method} {path}: expected {(int)expected}, got {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Generates a token for a new conversation with the user bound into it, and starts the conversation.</summary>
    public async Task<(string ConversationId, string Token)> StartAsync(string userId = "u-test-1")
    {
        var generated = await JsonAsync(HttpMethod.Post, "tokens/generate", secret, $$$"""{"user":{"id":"{{{userId}}}"}}""");
        var token = generated.GetProperty("token").GetString()!;
        var started = await JsonAsync(HttpMethod.Post, "conversations", token, """{"user":{}}""", HttpStatusCode.Created);
        return (started.GetProperty("conversationId").GetString()!, token);
    }

    public async Task<string> PostMessageAsync(string conversationId, string token, string text, string userId = "u-test-1", string? clientActivityId = null)
    {
        var channelData = clientActivityId is null ? "" : $$""","channelData":{"clientActivityID":"{{clientActivityId}}"}""";
        var body = $$$"""{"type":"message","from":{"id":"{{{userId}}}"},"text":"{{{text}}}"{{{channelData}}}}""";
        var posted = await JsonAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token, body);
        return posted.GetProperty("id").GetString()!;
    }

    public async Task<(List<JsonElement> Activities, string Watermark)> GetActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        var set = await JsonAsync(HttpMethod.Get, $"conversations/{conversationId}/activities?watermark={watermark}", token);
        return (set.GetProperty("activities").EnumerateArray().ToList(), set.GetProperty("watermark").GetString()!);
    }

    public static string ErrorCode(JsonElement body) => body.GetProperty("error").GetProperty("code").GetString()!;
}
