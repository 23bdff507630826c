using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EnvBot.Knowledge.Tests.Routing;

/// <summary>
/// A real Kestrel server on 127.0.0.1:0 speaking the OpenAI chat-completions wire format — POST /v1/chat/completions,
/// and Azure's /openai/deployments/{d}/chat/completions?api-version=… — answering with <see cref="Content"/> as the
/// assistant message. Records every request body.
/// </summary>
internal sealed class FakeChatCompletionServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public ConcurrentQueue<(string Path, string Body)> Requests { get; } = new();

    /// <summary>How long the server waits before answering (a slow model).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>The assistant message content to return.</summary>
    public string Content { get; set; } = "{}";

    private FakeChatCompletionServer(WebApplication app) => _app = app;

    public string BaseUrl => _app.Urls.First();

    public static async Task<FakeChatCompletionServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeChatCompletionServer(app);
        app.MapPost("/v1/chat/completions", (Delegate)server.AnswerAsync);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", (Delegate)server.AnswerAsync);
        await app.StartAsync();
        return server;
    }

    private async Task<IResult> AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        Requests.Enqueue((context.Request.Path + context.Request.QueryString, await reader.ReadToEndAsync()));
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, context.RequestAborted);
        }
        return Results.Json(new
        {
            id = "chatcmpl-fake",
            @object = "chat.completion",
            created = 1_764_000_000,
            model = "fake-model",
            choices = new[]
            {
                new { index = 0, message = new { role = "assistant", content = Content }, finish_reason = "stop" },
            },
            usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
        });
    }

    public static string Answer(string department, string rationale, bool outOfScope = false) =>
        JsonSerializer.Serialize(new { department, out_of_scope = outOfScope, rationale });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
