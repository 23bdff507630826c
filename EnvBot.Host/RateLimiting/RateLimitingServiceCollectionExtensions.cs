using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace EnvBot.Host.RateLimiting;

public static class RateLimitingServiceCollectionExtensions
{
    /// <summary>The policy name the bot's public endpoints require (/api/messages, /v3/directline).</summary>
    public const string PerIp = "per-ip";

    public static IServiceCollection AddEnvBotRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("RateLimiting").Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddSingleton(options);
        services.AddSingleton<ConversationRateLimiter>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(PerIp, http => !options.Enabled
                ? RateLimitPartition.GetNoLimiter("off")
                : RateLimitPartition.GetTokenBucketLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, options.PerIpBurst),
                    TokensPerPeriod = Math.Max(1, options.PerIpPerSecond),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        });
        return services;
    }
}
