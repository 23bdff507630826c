using System.Threading.RateLimiting;

namespace EnvBot.Host.RateLimiting;

/// <summary>
/// One token bucket per conversation (channel + conversation id), shared by /api/messages and Direct Line. The
/// conversation is known only once the body is read and authenticated, so this is asked by the endpoints themselves,
/// after authentication: an unauthenticated caller cannot use up a real conversation's budget.
/// </summary>
public sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    public ConversationRateLimiter(RateLimitOptions options)
    {
        if (!options.Enabled)
        {
            return;
        }
        var perPeriod = Math.Max(1, options.PerConversationPerMinute);
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, options.PerConversationBurst),
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>True when the turn may go ahead; otherwise how long to wait (for Retry-After).</summary>
    public (bool Allowed, TimeSpan RetryAfter) TryAcquire(string channelId, string conversationId)
    {
        if (_limiter is null)
        {
            return (true, TimeSpan.Zero);
        }
        using var lease = _limiter.AttemptAcquire($"{channelId}\n{conversationId}");
        if (lease.IsAcquired)
        {
            return (true, TimeSpan.Zero);
        }
        return (false, lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(2));
    }

    public static IResult TooMany(HttpContext http, TimeSpan retryAfter)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Json(new { error = new { code = "TooManyRequests", message = "Too many messages in this conversation; retry after the Retry-After delay." } }, statusCode: StatusCodes.Status429TooManyRequests);
    }

    public void Dispose() => _limiter?.Dispose();
}
