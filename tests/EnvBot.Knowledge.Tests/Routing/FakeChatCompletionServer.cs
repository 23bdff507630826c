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
/// assistant message — and the embeddings format — POST /v1/embeddings and /openai/deployments/{d}/embeddings, answering
/// with deterministic bag-of-characters vectors (<see cref="BagOfCharacters"/>). Records every request body.
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
        app.MapPost("/v1/embeddings", (Delegate)server.EmbedAsync);
        app.MapPost("/openai/deployments/{deployment}/embeddings", (Delegate)server.EmbedAsync);
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

    /// <summary>Dimensions of the fake embedding vectors.</summary>
    public const int EmbeddingDimensions = 512;

    /// <summary>
    /// A text's vector: how often each character occurs, one character per dimension (by code point modulo the
    /// dimensions). Deterministic, and texts sharing characters are similar — enough to test fusion, not a model.
    /// </summary>
    public static float[] BagOfCharacters(string text)
    {
        var vector = new float[EmbeddingDimensions];
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                vector[c % EmbeddingDimensions] += 1;
            }
        }
        return vector;
    }

    private async Task<IResult> EmbedAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue((context.Request.Path + context.Request.QueryString, body));
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, context.RequestAborted);
        }
        using var request = JsonDocument.Parse(body);
        var input = request.RootElement.GetProperty("input");
        var texts = input.ValueKind == JsonValueKind.String ? [input.GetString()!] : input.EnumerateArray().Select(e => e.GetString()!).ToList();
        // The OpenAI .NET client asks for base64 (little-endian float32); others for plain float arrays.
        var base64 = request.RootElement.TryGetProperty("encoding_format", out var format) && format.GetString() == "base64";
        return Results.Json(new
        {
            @object = "list",
            model = "fake-embedding",
            data = texts.Select((t, i) =>
            {
                var vector = BagOfCharacters(t);
                object embedding = base64 ? Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan())) : vector;
                return new { @object = "embedding", index = i, embedding };
            }),
            usage = new { prompt_tokens = 10, total_tokens = 10 },
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
