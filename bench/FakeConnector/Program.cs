// A tiny Bot Connector stand-in for the benchmark: a real HTTP server on loopback that accepts
// POST {serviceUrl}v3/conversations/{id}/activities[/{replyToId}] and answers 201 {"id":"..."} like Teams does.
// It reads and discards the body and counts what it received; GET /replies lists, per replyToId, how many replies
// arrived (the scale-out fault run checks no turn was answered twice, bench/scaleout/run.sh).
using System.Collections.Concurrent;
using System.Text;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

long received = 0;
var perReplyTo = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", async (HttpContext http, string? rest) =>
{
    var n = Interlocked.Increment(ref received);
    if (!string.IsNullOrEmpty(rest))
    {
        perReplyTo.AddOrUpdate(Uri.UnescapeDataString(rest), 1, (_, c) => c + 1);
    }
    // Drain the body as a real connector would read it.
    var buffer = new byte[4096];
    while (await http.Request.Body.ReadAsync(buffer) > 0)
    {
    }
    http.Response.StatusCode = StatusCodes.Status201Created;
    http.Response.ContentType = "application/json; charset=utf-8";
    await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($"{{\"id\":\"reply-{n}\"}}"));
});
app.MapGet("/count", () => Results.Text(Interlocked.Read(ref received).ToString(System.Globalization.CultureInfo.InvariantCulture)));

app.MapGet("/replies", () => Results.Text(string.Join('\n', perReplyTo.Select(kv => $"{kv.Key} {kv.Value}")) + "\n"));

await app.RunAsync();
