using System.Text.RegularExpressions;
using EnvBot.Data.Persistence.Storage;

namespace EnvBot.Host.DirectLine;

/// <summary>
/// <c>POST /api/webchat/token</c>: the page's way to a Direct Line token without ever seeing the secret. A returning
/// browser names its conversation and gets a token for it again (if that conversation is its user's); otherwise a new
/// conversation's token, with the page's user id bound into it.
/// </summary>
public static partial class WebChatTokenApi
{
    public static IEndpointRouteBuilder MapWebChatTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/webchat/token", IssueAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> IssueAsync(WebChatTokenRequest? request, DirectLineTokens tokens, DirectLineStore store, Demo.DemoMode demo, CancellationToken cancellationToken)
    {
        if (request?.UserId is not { } userId || !UserIdPattern().IsMatch(userId))
        {
            return DirectLineErrors.BadArgument("userId must look like u-<letters, digits, - or _>.");
        }
        if (request.Persona is { Length: > 0 } persona
            && (!demo.Enabled || !await demo.TalkAsAsync(userId, persona, cancellationToken).ConfigureAwait(false)))
        {
            return DirectLineErrors.BadArgument("persona is only available in demo mode, for a known persona and a user id not bound to someone else.");
        }
        var expiresIn = (int)tokens.TokenLifetime.TotalSeconds;
        if (request.ConversationId is { Length: > 0 and <= 128 } previous
            && await store.FindConversationAsync(previous, cancellationToken).ConfigureAwait(false) is { } conversation
            && (conversation.UserId is null || conversation.UserId == userId))
        {
            return Results.Json(new { conversationId = previous, token = tokens.Issue(previous, userId), expires_in = expiresIn, resumed = true });
        }
        var conversationId = DirectLineApi.NewConversationId();
        return Results.Json(new { conversationId, token = tokens.Issue(conversationId, userId), expires_in = expiresIn, resumed = false });
    }

    /// <summary>DirectLineJS refuses client-side user ids starting with dl_ (BOTFRAMEWORK.md §5.2); the page uses u-….</summary>
    [GeneratedRegex("^u-[A-Za-z0-9_-]{4,64}$")]
    private static partial Regex UserIdPattern();
}
