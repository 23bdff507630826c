using System.Text.Json;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Host.Protocol;

/// <summary><c>POST /api/messages</c>: the Bot Framework messaging endpoint (BOTFRAMEWORK.md §2).</summary>
public static class BotMessagesApi
{
    /// <summary>Direct Line's limit is about 256K per serialized activity (BOTFRAMEWORK.md §5.3); larger is 413.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapBotMessagesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).DisableAntiforgery().RequireRateLimiting(RateLimiting.RateLimitingServiceCollectionExtensions.PerIp);
        return app;
    }

    private static ILogger? _logger;

    private static async Task<IResult> HandleAsync(HttpContext http, CloudAdapter adapter, IInboundAuthenticator authenticator, IBot bot, RateLimiting.ConversationRateLimiter conversationLimits, ILoggerFactory loggers)
    {
        var logger = _logger ??= loggers.CreateLogger(typeof(BotMessagesApi));
        if (http.Request.ContentLength > MaxActivityBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = await RequestBody.ReadAsync(http.Request, MaxActivityBytes, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, BotJson.Context.Activity);
        }
        catch (JsonException)
        {
            return Results.BadRequest(new { error = new { code = "BadRequest", message = "Body is not valid activity JSON." } });
        }
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Results.BadRequest(new { error = new { code = "BadRequest", message = "Missing activity or activity type." } });
        }
        // conversation.id is required on every activity (SPEC-ACT A2080), and a reply needs an http(s) serviceUrl to go to;
        // without these checks such a body got as far as the outbound call and failed there with a 500.
        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return Results.BadRequest(new { error = new { code = "BadRequest", message = "Missing conversation.id." } });
        }
        if (activity.ServiceUrl is { } serviceUrl
            && !(Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
        {
            return Results.BadRequest(new { error = new { code = "BadRequest", message = "serviceUrl is not an http(s) URL." } });
        }

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, activity, http.RequestAborted).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            logger.LogWarning("Rejected activity on {ChannelId}: {Reason}", activity.ChannelId, auth.Reason);
            return Results.StatusCode(auth.FailureStatus!.Value);
        }
        if (conversationLimits.TryAcquire(activity.ChannelId ?? "", activity.Conversation.Id) is { Allowed: false } limited)
        {
            return RateLimiting.ConversationRateLimiter.TooMany(http, limited.RetryAfter);
        }

        var result = await adapter.ProcessActivityAsync(activity, auth, bot.OnTurnAsync, http.RequestAborted).ConfigureAwait(false);
        return result.Body is { } json
            ? new JsonBodyResult(json, result.Status)
            : Results.StatusCode(result.Status);
    }

    /// <summary>
    /// Writes a JSON body with its Content-Length in one write, so a reply goes out in one send rather than as
    /// chunked transfer-encoding (header, chunk, terminator) as Results.Json does for a body of unknown length.
    /// </summary>
    private sealed class JsonBodyResult(JsonElement body, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = BotJson.Options.Encoder, SkipValidation = true }))
            {
                body.WriteTo(writer);
            }
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = buffer.WrittenCount;
            return response.Body.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted).AsTask();
        }
    }
}
