// A tiny Bot Connector stand-in for the benchmark: a real HTTP server on loopback that accepts
// POST {serviceUrl}v3/conversations/{id}/activities[/{replyToId}] and answers 201 {"id":"..."} like Teams does.
// It reads and discards the body and counts what it received; GET /replies lists, per replyToId, how many replies
// arrived (the scale-out fault run checks no turn was answered twice, bench/scaleout/run.sh); GET /proactive lists, per
// conversation, how many proactive messages (no replyToId) starting with 【 (a notice) arrived.
using System.Collections.Concurrent;
using System.Text;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

long received = 0;
var perReplyTo = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
var noticesPerConversation = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", async (HttpContext http, string conversationId, string? rest) =>
{
    var n = Interlocked.Increment(ref received);
    if (!string.IsNullOrEmpty(rest))
    {
        perReplyTo.AddOrUpdate(Uri.UnescapeDataString(rest), 1, (_, c) => c + 1);
        // Drain the body as a real connector would read it.
        var buffer = new byte[4096];
        while (await http.Request.Body.ReadAsync(buffer) > 0)
        {
        }
    }
    else
    {
        using var body = await System.Text.Json.JsonDocument.ParseAsync(http.Request.Body);
        if (body.RootElement.TryGetProperty("text", out var text) && text.GetString() is { } t && t.StartsWith('【'))
        {
            noticesPerConversation.AddOrUpdate(Uri.UnescapeDataString(conversationId), 1, (_, c) => c + 1);
        }
    }
    http.Response.StatusCode = StatusCodes.Status201Created;
    http.Response.ContentType = "application/json; charset=utf-8";
    await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($"{{\"id\":\"reply-{n}\"}}"));
});
app.MapGet("/count", () => Results.Text(Interlocked.Read(ref received).ToString(System.Globalization.CultureInfo.InvariantCulture)));

app.MapGet("/proactive", () => Results.Text(string.Join('\n', noticesPerConversation.Select(kv => $"{kv.Key} {kv.Value}")) + "\n"));

app.MapGet("/replies", () => Results.Text(string.Join('\n', perReplyTo.Select(kv => $"{kv.Key} {kv.Value}")) + "\n"));

await app.RunAsync();
