namespace EnvBot.Host.DirectLine;

/// <summary>Direct Line error bodies <c>{"error":{"code","message"}}</c>; the codes are stable, the messages are not (BOTFRAMEWORK.md §5.1).</summary>
public static class DirectLineErrors
{
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult Unauthorized() => Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Missing or invalid Authorization.");

    public static IResult TokenExpired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "Token expired.");

    public static IResult Forbidden() => Error(StatusCodes.Status403Forbidden, "Forbidden", "The token is not valid for this conversation.");

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");

    public static IResult TooLarge() => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is larger than 256 KB.");

    public static IResult BotRejected() => Error(StatusCodes.Status502BadGateway, "BotRejectedActivity", "The bot failed to process the activity.");
}
