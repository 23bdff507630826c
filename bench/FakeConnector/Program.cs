// A tiny Bot Connector stand-in for the benchmark: a real HTTP server on loopback that accepts
// POST {serviceUrl}v3/conversations/{id}/activities[/{replyToId}] and answers 201 {"id":"..."} like Teams does.
// It reads and discards the body, counts what it received, and prints the count when stopped.
using System.Text;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

long received = 0;
app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", async (HttpContext http) =>
{
    var n = Interlocked.Increment(ref received);
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

await app.RunAsync();
