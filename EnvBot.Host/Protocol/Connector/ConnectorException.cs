using System.Net;

namespace EnvBot.Host.Protocol.Connector;

/// <summary>A channel refused or failed a send. 403/404 are permanent (blocked bot, gone conversation); 429 and 5xx are worth retrying.</summary>
public sealed class ConnectorException(HttpStatusCode status, string? errorCode, TimeSpan? retryAfter)
    : Exception($"Connector answered {(int)status} {errorCode}")
{
    public HttpStatusCode Status { get; } = status;
    public string? ErrorCode { get; } = errorCode;
    public TimeSpan? RetryAfter { get; } = retryAfter;
    public bool IsTransient => Status == HttpStatusCode.TooManyRequests || (int)Status >= 500 || Status == HttpStatusCode.RequestTimeout;
}
