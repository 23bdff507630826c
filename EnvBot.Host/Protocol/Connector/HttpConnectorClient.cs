using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Host.Protocol.Connector;

/// <summary>Posts activities to <c>{serviceUrl}v3/conversations/{id}/activities[/{replyToId}]</c> with ids URL-encoded.</summary>
public sealed class HttpConnectorClient(HttpClient http, IConnectorTokenSource tokens, TimeProvider time) : IConnectorClient
{
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var serviceUrl = activity.ServiceUrl ?? throw new InvalidOperationException("An outgoing activity needs a serviceUrl.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("An outgoing activity needs a conversation id.");
        var url = BuildActivitiesUrl(serviceUrl, conversationId, activity.ReplyToId);

        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Context.Activity);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var token = await tokens.GetTokenForAsync(serviceUrl, cancellationToken).ConfigureAwait(false);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorException(response.StatusCode, await ReadErrorCodeAsync(response, cancellationToken).ConfigureAwait(false), RetryAfter(response, time.GetUtcNow()));
        }
        // Teams answers 201 {id}, others 200 {id}, some 202 with no body: never require an id (fixtures README §4.3).
        if (response.StatusCode == HttpStatusCode.Accepted || response.Content.Headers.ContentLength == 0)
        {
            return new ResourceResponse(null);
        }
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ResourceResponse(null);
        }
        try
        {
            return JsonSerializer.Deserialize(text, BotJson.Context.ResourceResponse) ?? new ResourceResponse(null);
        }
        catch (JsonException)
        {
            return new ResourceResponse(null);
        }
    }

    /// <summary>Joins paths whether or not the serviceUrl ends in '/', keeping a region path such as <c>/amer/</c>.</summary>
    public static Uri BuildActivitiesUrl(string serviceUrl, string conversationId, string? replyToId)
    {
        var baseUrl = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        var sb = new StringBuilder(baseUrl).Append("v3/conversations/").Append(Uri.EscapeDataString(conversationId)).Append("/activities");
        if (!string.IsNullOrEmpty(replyToId))
        {
            sb.Append('/').Append(Uri.EscapeDataString(replyToId));
        }
        return new Uri(sb.ToString());
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now > TimeSpan.Zero ? date - now : TimeSpan.Zero,
            _ => null,
        };

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.TryGetProperty("error", out var e) && e.TryGetProperty("code", out var c) ? c.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
