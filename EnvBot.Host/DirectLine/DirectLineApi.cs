using System.Globalization;
using System.Security.Cryptography;
using System.Buffers.Text;
using System.Text.Json;
using EnvBot.Data.Persistence.Storage;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Host.Protocol;
using EnvBot.Host.Protocol.Connector;

namespace EnvBot.Host.DirectLine;

/// <summary>
/// Direct Line 3.0 under <c>/v3/directline</c> (BOTFRAMEWORK.md §5.1), enough for botframework-directlinejs and Web
/// Chat: tokens, start/reconnect, post and get activities, uploads (<see cref="DirectLineUpload"/>), and the WebSocket stream.
/// </summary>
public static class DirectLineApi
{
    public const string CorsPolicy = "DirectLine";

    public static IEndpointRouteBuilder MapDirectLineApi(this IEndpointRouteBuilder app)
    {
        var services = app.ServiceProvider;
        services.GetRequiredService<ConnectorClientFactory>().RegisterInProcess(DirectLineChannel.ServiceUrl, services.GetRequiredService<DirectLineConnector>());
        // Created now so that a generated secret is announced at start, not at the first request.
        services.GetRequiredService<DirectLineTokens>();

        var group = app.MapGroup("/v3/directline").RequireCors(CorsPolicy).DisableAntiforgery().RequireRateLimiting(RateLimiting.RateLimitingServiceCollectionExtensions.PerIp);
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapPost("/conversations/{conversationId}/upload", DirectLineUpload.UploadAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        return app;
    }

    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));

    private static async Task<IResult> GenerateTokenAsync(HttpContext http, DirectLineTokens tokens)
    {
        if (Authorize(http, tokens, out var caller) is { } failure)
        {
            return failure;
        }
        if (!caller.IsSecret)
        {
            return DirectLineErrors.Error(StatusCodes.Status403Forbidden, "Forbidden", "Generating a token needs the secret.");
        }
        var body = await ReadOptionalJsonAsync(http).ConfigureAwait(false);
        if (body.Failure is not null)
        {
            return body.Failure;
        }
        var user = ReadUser(body.Json);
        var conversationId = NewConversationId();
        return Results.Json(new { conversationId, token = tokens.Issue(conversationId, user?.Id), expires_in = ExpiresIn(tokens) });
    }

    private static IResult RefreshToken(HttpContext http, DirectLineTokens tokens)
    {
        if (Authorize(http, tokens, out var caller) is { } failure)
        {
            return failure;
        }
        if (caller.Token is not { } token)
        {
            return DirectLineErrors.BadArgument("Only a token can be refreshed.");
        }
        return Results.Json(new { conversationId = token.ConversationId, token = tokens.Issue(token.ConversationId, token.UserId), expires_in = ExpiresIn(tokens) });
    }

    private static async Task<IResult> StartConversationAsync(HttpContext http, DirectLineTokens tokens, DirectLineTurns turns)
    {
        if (Authorize(http, tokens, out var caller) is { } failure)
        {
            return failure;
        }
        var body = await ReadOptionalJsonAsync(http).ConfigureAwait(false);
        if (body.Failure is not null)
        {
            return body.Failure;
        }
        var conversationId = caller.Token?.ConversationId ?? NewConversationId();
        var user = caller.Token?.UserId is { } tokenUser ? new ChannelAccount { Id = tokenUser, Name = ReadUser(body.Json)?.Name } : ReadUser(body.Json);
        var locale = body.Json is { ValueKind: JsonValueKind.Object } j && j.TryGetProperty("locale", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;

        var created = await turns.StartAsync(conversationId, user, locale, http.RequestAborted).ConfigureAwait(false);
        var token = caller.IsSecret ? tokens.Issue(conversationId, user?.Id) : caller.RawCredential;
        return Results.Json(
            new { conversationId, token, expires_in = ExpiresIn(tokens), streamUrl = StreamUrl(http, tokens, conversationId, user?.Id, null) },
            statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(HttpContext http, string conversationId, string? watermark, DirectLineTokens tokens, DirectLineStore store)
    {
        var (failure, caller) = await AuthorizeConversationAsync(http, tokens, store, conversationId).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }
        var after = ParseWatermark(watermark);
        var userId = caller.Token?.UserId;
        var token = caller.IsSecret ? tokens.Issue(conversationId, null) : caller.RawCredential;
        return Results.Json(new { conversationId, token, expires_in = ExpiresIn(tokens), streamUrl = StreamUrl(http, tokens, conversationId, userId, after) });
    }

    private static async Task<IResult> PostActivityAsync(HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineStore store, DirectLineTurns turns, RateLimiting.ConversationRateLimiter conversationLimits)
    {
        var (failure, caller) = await AuthorizeConversationAsync(http, tokens, store, conversationId).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }
        if (conversationLimits.TryAcquire("directline", conversationId) is { Allowed: false } limited)
        {
            return RateLimiting.ConversationRateLimiter.TooMany(http, limited.RetryAfter);
        }
        if (http.Request.ContentLength > DirectLineChannel.MaxActivityBytes)
        {
            return DirectLineErrors.TooLarge();
        }
        var bytes = await RequestBody.ReadAsync(http.Request, DirectLineChannel.MaxActivityBytes, http.RequestAborted).ConfigureAwait(false);
        if (bytes is null)
        {
            return DirectLineErrors.TooLarge();
        }
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(bytes, BotJson.Context.Activity);
        }
        catch (JsonException)
        {
            return DirectLineErrors.BadArgument("The body is not an activity.");
        }
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return DirectLineErrors.BadArgument("The activity has no type.");
        }
        if (caller.Token?.UserId is { } tokenUser)
        {
            // A user id bound into the token wins over what the client claims (BOTFRAMEWORK.md §5.2, "enhanced auth").
            activity.From = new ChannelAccount { Id = tokenUser, Name = activity.From?.Name, Role = "user" };
        }
        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return DirectLineErrors.Error(StatusCodes.Status400BadRequest, "MissingProperty", "from.id is required.");
        }

        var (id, botFailed) = await turns.PostAsync(conversationId, activity, http.RequestAborted).ConfigureAwait(false);
        return botFailed ? DirectLineErrors.BotRejected() : Results.Json(new { id });
    }

    private static async Task<IResult> GetActivitiesAsync(HttpContext http, string conversationId, string? watermark, DirectLineTokens tokens, DirectLineStore store, DirectLineConversations conversations)
    {
        var (failure, _) = await AuthorizeConversationAsync(http, tokens, store, conversationId).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }
        var after = ParseWatermark(watermark);
        var json = await conversations.ReadAsync(conversationId, after, http.RequestAborted).ConfigureAwait(false);
        return Results.Text(json, "application/json; charset=utf-8");
    }

    private static async Task<IResult> StreamAsync(HttpContext http, string conversationId, string? t, string? watermark,
        DirectLineTokens tokens, DirectLineStore store, DirectLineConversations conversations, IHostApplicationLifetime lifetime)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("This endpoint is a WebSocket stream.");
        }
        // The streamUrl is pre-authorised by its t parameter; browsers cannot send headers on a WebSocket.
        if (string.IsNullOrEmpty(t) || tokens.Read(t) is not { } token)
        {
            return DirectLineErrors.Unauthorized();
        }
        if (tokens.IsExpired(token))
        {
            return DirectLineErrors.TokenExpired();
        }
        if (token.ConversationId != conversationId)
        {
            return DirectLineErrors.Forbidden();
        }
        var after = ParseWatermark(watermark);
        if (await store.FindConversationAsync(conversationId, http.RequestAborted).ConfigureAwait(false) is null)
        {
            return DirectLineErrors.NotFound();
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        await conversations.StreamAsync(conversationId, socket, after, stop.Token).ConfigureAwait(false);
        return Results.Empty;
    }

    private static IResult? Authorize(HttpContext http, DirectLineTokens tokens, out DirectLineCaller caller)
    {
        caller = null!;
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return DirectLineErrors.Unauthorized();
        }
        var credential = header[7..].Trim();
        if (tokens.IsSecret(credential))
        {
            caller = new DirectLineCaller(true, null, credential);
            return null;
        }
        if (tokens.Read(credential) is not { Kind: DirectLineTokenKind.Conversation } token)
        {
            return DirectLineErrors.Unauthorized();
        }
        if (tokens.IsExpired(token))
        {
            return DirectLineErrors.TokenExpired();
        }
        caller = new DirectLineCaller(false, token, credential);
        return null;
    }

    /// <summary>Authorizes for one conversation: 401 bad credentials, 403 expired or another conversation's token, 404 unknown.</summary>
    internal static async Task<(IResult? Failure, DirectLineCaller Caller)> AuthorizeConversationAsync(HttpContext http, DirectLineTokens tokens, DirectLineStore store, string conversationId)
    {
        if (Authorize(http, tokens, out var caller) is { } failure)
        {
            return (failure, caller);
        }
        if (!caller.MayAccess(conversationId))
        {
            return (DirectLineErrors.Forbidden(), caller);
        }
        if (await store.FindConversationAsync(conversationId, http.RequestAborted).ConfigureAwait(false) is null)
        {
            return (DirectLineErrors.NotFound(), caller);
        }
        return (null, caller);
    }

    private static string StreamUrl(HttpContext http, DirectLineTokens tokens, string conversationId, string? userId, long? watermark)
    {
        var scheme = http.Request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{http.Request.Host}{http.Request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(tokens.Issue(conversationId, userId, DirectLineTokenKind.Stream))}";
        return watermark is { } w ? url + "&watermark=" + w.ToString(CultureInfo.InvariantCulture) : url;
    }

    private static int ExpiresIn(DirectLineTokens tokens) => (int)tokens.TokenLifetime.TotalSeconds;

    /// <summary>
    /// Watermarks are the sequence numbers EnvBot handed out. Anything else means "from the start": DirectLineJS sends
    /// <c>watermark=undefined</c> when it was given a conversationId without one.
    /// </summary>
    private static long? ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= -1 ? value : null;

    private static ChannelAccount? ReadUser(JsonElement? body)
    {
        if (body is not { ValueKind: JsonValueKind.Object } b || !b.TryGetProperty("user", out var u) || u.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var id = u.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        var name = u.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        return new ChannelAccount { Id = string.IsNullOrWhiteSpace(id) ? null : id, Name = name };
    }

    private static async Task<(JsonElement? Json, IResult? Failure)> ReadOptionalJsonAsync(HttpContext http)
    {
        var bytes = await RequestBody.ReadAsync(http.Request, 64 * 1024, http.RequestAborted).ConfigureAwait(false);
        if (bytes is null)
        {
            return (null, DirectLineErrors.TooLarge());
        }
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t'))
        {
            return (null, null);
        }
        try
        {
            return (JsonSerializer.Deserialize(bytes, BotJson.Context.JsonElement), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadArgument("The body is not valid JSON."));
        }
    }
}
