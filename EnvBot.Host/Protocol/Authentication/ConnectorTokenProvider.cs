using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace EnvBot.Host.Protocol.Authentication;

/// <summary>
/// The bot's outbound token for Connector calls: an OAuth2 client-credentials token from
/// <c>{ToChannelFromBotLoginUrl}/oauth2/v2.0/token</c> for scope <c>{ToChannelFromBotOAuthScope}/.default</c>
/// (BOTFRAMEWORK.md §4.3). Cached until <see cref="RefreshMargin"/> before it expires; concurrent callers share one
/// refresh. Singleton.
/// </summary>
public sealed class ConnectorTokenProvider : EnvBot.Host.Protocol.Connector.IConnectorTokenSource
{
    /// <summary>Refresh this long before <c>expires_in</c> runs out, so a token never expires in flight.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly BotAuthenticationOptions _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TrustedServiceUrls _trustedServiceUrls;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ConnectorTokenProvider> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CachedToken? _cached;

    public ConnectorTokenProvider(
        BotAuthenticationOptions options,
        IHttpClientFactory httpClientFactory,
        TrustedServiceUrls trustedServiceUrls,
        TimeProvider timeProvider,
        ILogger<ConnectorTokenProvider> logger)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _httpClientFactory = httpClientFactory ?? throw new ArgumentNullException(nameof(httpClientFactory));
        _trustedServiceUrls = trustedServiceUrls ?? throw new ArgumentNullException(nameof(trustedServiceUrls));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>
    /// The bearer token for Connector calls, or null in anonymous mode (BOTFRAMEWORK.md §4.4: no Authorization header
    /// is sent when there is no App ID).
    /// </summary>
    /// <exception cref="HttpRequestException">The token endpoint refused or could not be reached.</exception>
    /// <exception cref="NotSupportedException">MicrosoftAppType is UserAssignedMSI.</exception>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_options.IsAuthenticationDisabled)
        {
            return null;
        }

        var cached = _cached;
        if (cached is not null && _timeProvider.GetUtcNow() < cached.RefreshAt)
        {
            return cached.AccessToken;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Single flight: whoever waited behind the refresher uses its result.
            cached = _cached;
            if (cached is not null && _timeProvider.GetUtcNow() < cached.RefreshAt)
            {
                return cached.AccessToken;
            }

            cached = await RequestTokenAsync(cancellationToken).ConfigureAwait(false);
            _cached = cached;
            return cached.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The token for a call to <paramref name="serviceUrl"/>, or null when none must be sent: anonymous mode, or a
    /// serviceUrl that no authenticated activity vouched for (BOTFRAMEWORK.md §4.3).
    /// </summary>
    public Task<string?> GetTokenForAsync(string? serviceUrl, CancellationToken cancellationToken) =>
        ShouldAttachToken(serviceUrl) ? GetTokenAsync(cancellationToken) : Task.FromResult<string?>(null);

    /// <summary>True when auth is on and <paramref name="serviceUrl"/> is trusted (see <see cref="TrustedServiceUrls"/>).</summary>
    public bool ShouldAttachToken(string? serviceUrl) =>
        !_options.IsAuthenticationDisabled && _trustedServiceUrls.ShouldAttachToken(serviceUrl);

    /// <summary>Drops the cached token, e.g. after the Connector answered 401, so the next call fetches a new one.</summary>
    public void InvalidateToken() => _cached = null;

    private async Task<CachedToken> RequestTokenAsync(CancellationToken cancellationToken)
    {
        if (_options.MicrosoftAppType == BotAppType.UserAssignedMSI)
        {
            throw new NotSupportedException("MicrosoftAppType UserAssignedMSI is not supported; configure SingleTenant with MicrosoftAppPassword.");
        }

        var endpoint = $"{_options.EffectiveToChannelFromBotLoginUrl.TrimEnd('/')}/oauth2/v2.0/token";
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _options.MicrosoftAppId!,
            ["client_secret"] = _options.MicrosoftAppPassword ?? string.Empty,
            ["scope"] = $"{_options.ToChannelFromBotOAuthScope.TrimEnd('/')}/.default",
        };

        var http = _httpClientFactory.CreateClient(BotAuthenticationServiceCollectionExtensions.HttpClientName);
        using var content = new FormUrlEncodedContent(form);
        using var response = await http.PostAsync(endpoint, content, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var requestedAt = _timeProvider.GetUtcNow();

        if (!response.IsSuccessStatusCode)
        {
            // Only AAD's error code goes into the message: the body may echo request details.
            throw new HttpRequestException(
                $"Token request to {endpoint} failed with {(int)response.StatusCode} ({ReadErrorCode(body) ?? "no error code"}).",
                inner: null,
                response.StatusCode);
        }

        var token = ParseToken(body, requestedAt)
            ?? throw new HttpRequestException($"Token response from {endpoint} has no access_token.", inner: null, HttpStatusCode.BadGateway);
        _logger.LogInformation("Obtained Connector token from {Endpoint}; refreshing after {RefreshAt}.", endpoint, token.RefreshAt);
        return token;
    }

    private static CachedToken? ParseToken(string body, DateTimeOffset now)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        if (!root.TryGetProperty("access_token", out var accessToken) || accessToken.GetString() is not { Length: > 0 } value)
        {
            return null;
        }

        // expires_in is a number in v2.0 responses but a string in some v1.0 ones.
        var expiresIn = 3600L;
        if (root.TryGetProperty("expires_in", out var e))
        {
            if (e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var n))
            {
                expiresIn = n;
            }
            else if (e.ValueKind == JsonValueKind.String && long.TryParse(e.GetString(), out var s))
            {
                expiresIn = s;
            }
        }

        var lifetime = TimeSpan.FromSeconds(Math.Max(0, expiresIn));
        // A very short-lived token would be "expired" at once with a 5-minute margin; use half its life instead.
        var margin = lifetime > RefreshMargin * 2 ? RefreshMargin : lifetime / 2;
        return new CachedToken(value, now + lifetime - margin);
    }

    private static string? ReadErrorCode(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String ? error.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record CachedToken(string AccessToken, DateTimeOffset RefreshAt);
}
