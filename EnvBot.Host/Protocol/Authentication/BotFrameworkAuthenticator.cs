using EnvBot.Dialogs.Builder.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EnvBot.Host.Protocol.Authentication;

/// <summary>
/// Validates the JWT a channel (or the Emulator) sends to <c>/api/messages</c>, following the steps and order of
/// BOTFRAMEWORK.md §4.1 (channel path) and §4.2 (Emulator path). Singleton: it owns the metadata/JWKS caches.
/// </summary>
/// <remarks>
/// Anonymous mode (no MicrosoftAppId, §4.4): a request without an Authorization header is accepted. A request *with*
/// a header is refused with 401: the SDK would validate it, but with no app id there is no audience it could match,
/// so the outcome is the same and this says why in the log.
/// </remarks>
public sealed class BotFrameworkAuthenticator
{
    /// <summary>§4.1: the SDK's clock skew.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    // §4.1: the SDK accepts these RSA algorithms; anything else (including "none") is refused.
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    // §4.2: AAD issuers of Emulator tokens (protocol v3.1, v3.2, US Gov), v1 (sts) and v2 (login) forms.
    private static readonly string[] EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
    ];

    private const string ServiceUrlClaim = "serviceurl";

    private readonly BotAuthenticationOptions _options;
    private readonly TrustedServiceUrls _trustedServiceUrls;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BotFrameworkAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly HashSet<string> _emulatorIssuers;

    public BotFrameworkAuthenticator(
        BotAuthenticationOptions options,
        IHttpClientFactory httpClientFactory,
        TrustedServiceUrls trustedServiceUrls,
        TimeProvider timeProvider,
        ILogger<BotFrameworkAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _trustedServiceUrls = trustedServiceUrls ?? throw new ArgumentNullException(nameof(trustedServiceUrls));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));

        HttpClient CreateClient() => httpClientFactory.CreateClient(BotAuthenticationServiceCollectionExtensions.HttpClientName);
        ChannelKeys = new OpenIdMetadataCache(CreateClient, options.ToBotFromChannelOpenIdMetadataUrl, timeProvider, logger);
        EmulatorKeys = new OpenIdMetadataCache(CreateClient, options.ToBotFromEmulatorOpenIdMetadataUrl, timeProvider, logger);

        _emulatorIssuers = new HashSet<string>(EmulatorIssuers, StringComparer.Ordinal);
        if (options.MicrosoftAppType == BotAppType.SingleTenant && !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            // §4.2: single-tenant registrations also accept their own tenant's issuers. The SDK takes the tenant from
            // the token's tid; using the configured tenant is stricter and needs no unverified input.
            _emulatorIssuers.Add($"https://sts.windows.net/{options.MicrosoftAppTenantId}/");
            _emulatorIssuers.Add($"https://login.microsoftonline.com/{options.MicrosoftAppTenantId}/v2.0");
        }
    }

    internal OpenIdMetadataCache ChannelKeys { get; }

    /// <summary>AAD puts the app id GUID in <c>aud</c>; an app with an <c>api://</c> identifier URI may get that form.</summary>
    private string[] EmulatorAudiences => [_options.MicrosoftAppId!, "api://" + _options.MicrosoftAppId];

    internal OpenIdMetadataCache EmulatorKeys { get; }

    /// <summary>
    /// Authenticates one inbound request. On success with a token, the activity's serviceUrl is added to
    /// <see cref="TrustedServiceUrls"/> and the outcome carries <c>urn:botframework:azure</c> as caller id.
    /// </summary>
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header value, or null when absent.</param>
    /// <param name="activity">The deserialized activity (its channelId and serviceUrl are checked against the token).</param>
    /// <param name="cancellationToken">Cancels metadata downloads.</param>
    /// <exception cref="HttpRequestException">The signing keys were never fetched and cannot be fetched now (metadata host down,
    /// bad JSON); answer 503 so the channel retries. Once keys are cached, refresh failures only log and keep the old keys.</exception>
    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);

        var outcome = await DecideAsync(authorizationHeader, activity, cancellationToken).ConfigureAwait(false);
        if (outcome.Status is AuthenticationStatus.Unauthorized or AuthenticationStatus.Forbidden)
        {
            _logger.LogWarning("Refused inbound activity on channel {ChannelId} with {HttpStatus}: {Reason}.", activity.ChannelId, outcome.HttpStatus, outcome.Reason);
        }

        return outcome;
    }

    private async Task<AuthenticationOutcome> DecideAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        // §4.1 step 1 and §4.4.
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return _options.IsAuthenticationDisabled
                ? AuthenticationOutcome.Anonymous
                : AuthenticationOutcome.Unauthorized("missing Authorization header");
        }

        if (_options.IsAuthenticationDisabled)
        {
            return AuthenticationOutcome.Unauthorized("Authorization header sent but no MicrosoftAppId is configured");
        }

        if (!TryGetBearerToken(authorizationHeader, out var token))
        {
            return AuthenticationOutcome.Unauthorized("Authorization header is not 'Bearer <token>'");
        }

        JsonWebToken unverified;
        try
        {
            unverified = _handler.ReadJsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return AuthenticationOutcome.Unauthorized("malformed token");
        }

        // §4.1 step 2: the unverified issuer only picks the path; everything is verified on that path.
        var issuer = unverified.Issuer;
        if (string.Equals(issuer, _options.ToBotFromChannelTokenIssuer, StringComparison.Ordinal))
        {
            return await ValidateChannelTokenAsync(token, unverified, activity, cancellationToken).ConfigureAwait(false);
        }

        if (_emulatorIssuers.Contains(issuer))
        {
            return await ValidateEmulatorTokenAsync(token, unverified, activity, cancellationToken).ConfigureAwait(false);
        }

        return AuthenticationOutcome.Unauthorized("token issuer is not accepted");
    }

    /// <summary>§4.1 steps 3–7.</summary>
    private async Task<AuthenticationOutcome> ValidateChannelTokenAsync(string token, JsonWebToken unverified, Activity activity, CancellationToken cancellationToken)
    {
        var (failure, jwt, key) = await ValidateSignedTokenAsync(
            token, unverified, ChannelKeys, [_options.ToBotFromChannelTokenIssuer], [_options.MicrosoftAppId!], cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        // Step 5: a channel key must be endorsed for the activity's channel; an empty channelId passes (SDK EndorsementsValidator).
        if (!IsEndorsed(key!, activity.ChannelId))
        {
            return AuthenticationOutcome.Forbidden("signing key is not endorsed for the activity's channel");
        }

        // Step 6: the token vouches for exactly one serviceUrl.
        if (!jwt!.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimedServiceUrl) || string.IsNullOrEmpty(claimedServiceUrl))
        {
            return AuthenticationOutcome.Unauthorized("missing serviceurl claim");
        }

        if (!string.Equals(claimedServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Unauthorized("serviceurl claim mismatch");
        }

        // Step 7.
        _trustedServiceUrls.Trust(activity.ServiceUrl!);
        return AuthenticationOutcome.Authenticated(AuthenticationOutcome.PublicAzureChannelCallerId, serviceUrlTrusted: true);
    }

    /// <summary>
    /// §4.2: an AAD token the Emulator obtained with the bot's own credentials for scope <c>{appId}/.default</c>. The
    /// app id claim (<c>appid</c> for v1.0 or no <c>ver</c>, <c>azp</c> for v2.0) must be this bot's — only a holder of
    /// the bot's secret can get such a token, so its serviceUrl may be trusted too. Unlike the SDK, and as DOCS list,
    /// <c>aud</c> must also be this bot: otherwise the bot's own outbound Connector token (same issuer and appid,
    /// aud <c>https://api.botframework.com</c>, §4.3) could be replayed to the bot as an "Emulator" token.
    /// </summary>
    private async Task<AuthenticationOutcome> ValidateEmulatorTokenAsync(string token, JsonWebToken unverified, Activity activity, CancellationToken cancellationToken)
    {
        var (failure, jwt, key) = await ValidateSignedTokenAsync(
            token, unverified, EmulatorKeys, [unverified.Issuer], EmulatorAudiences, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        // §4.1 step 5: AAD keys carry no endorsements; the check applies only when a key has some.
        if (key!.Endorsements.Count > 0 && !IsEndorsed(key, activity.ChannelId))
        {
            return AuthenticationOutcome.Forbidden("signing key is not endorsed for the activity's channel");
        }

        jwt!.TryGetPayloadValue<string>("ver", out var version);
        var appIdClaim = version switch
        {
            null or "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null)
        {
            return AuthenticationOutcome.Unauthorized("unknown token version");
        }

        if (!jwt.TryGetPayloadValue<string>(appIdClaim, out var appId)
            || !string.Equals(appId, _options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Unauthorized($"{appIdClaim} claim is not this bot's app id");
        }

        var trusted = false;
        if (!string.IsNullOrEmpty(activity.ServiceUrl))
        {
            _trustedServiceUrls.Trust(activity.ServiceUrl);
            trusted = true;
        }

        return AuthenticationOutcome.Authenticated(AuthenticationOutcome.PublicAzureChannelCallerId, trusted);
    }

    /// <summary>Signature (RS256/384/512 with the JWKS key named by <c>kid</c>), issuer, audience and lifetime (§4.1 step 4).</summary>
    private async Task<(AuthenticationOutcome? Failure, JsonWebToken? Token, EndorsedSigningKey? Key)> ValidateSignedTokenAsync(
        string token,
        JsonWebToken unverified,
        OpenIdMetadataCache keys,
        string[] validIssuers,
        string[] validAudiences,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(unverified.Kid))
        {
            return (AuthenticationOutcome.Unauthorized("token has no kid"), null, null);
        }

        var key = await keys.FindKeyAsync(unverified.Kid, cancellationToken).ConfigureAwait(false);
        if (key is null)
        {
            return (AuthenticationOutcome.Unauthorized("signing key not found"), null, null);
        }

        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = key.Key,
            TryAllIssuerSigningKeys = false,
            RequireSignedTokens = true,
            ValidAlgorithms = AllowedAlgorithms,
            ValidateIssuer = true,
            ValidIssuers = validIssuers,
            ValidateAudience = true,
            ValidAudiences = validAudiences,
            // Lifetime is checked below against the injected TimeProvider, so tests can move the clock.
            ValidateLifetime = false,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = false,
        };

        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return (AuthenticationOutcome.Unauthorized(DescribeFailure(result.Exception)), null, null);
        }

        var lifetimeFailure = CheckLifetime(jwt);
        return lifetimeFailure is null ? (null, jwt, key) : (AuthenticationOutcome.Unauthorized(lifetimeFailure), null, null);
    }

    private string? CheckLifetime(JsonWebToken jwt)
    {
        var now = _timeProvider.GetUtcNow();
        if (!jwt.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out var exp))
        {
            return "token has no exp";
        }

        if (now > DateTimeOffset.FromUnixTimeSeconds(exp) + ClockSkew)
        {
            return "token expired";
        }

        if (jwt.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Nbf, out var nbf) && now + ClockSkew < DateTimeOffset.FromUnixTimeSeconds(nbf))
        {
            return "token not yet valid";
        }

        return null;
    }

    private static bool IsEndorsed(EndorsedSigningKey key, string? channelId) =>
        string.IsNullOrEmpty(channelId) || key.Endorsements.Contains(channelId, StringComparer.Ordinal);

    /// <summary>The exception type names the failed check without echoing token contents into logs.</summary>
    private static string DescribeFailure(Exception? exception) => exception switch
    {
        SecurityTokenInvalidAudienceException => "audience is not this bot's app id",
        SecurityTokenInvalidIssuerException => "issuer is not accepted",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "invalid signature",
        SecurityTokenInvalidAlgorithmException => "signing algorithm is not allowed",
        null => "token validation failed",
        _ => $"token validation failed ({exception.GetType().Name})",
    };

    private static bool TryGetBearerToken(string header, out string token)
    {
        // §4.1 step 1: exactly "Bearer <token>" — one space, case-sensitive scheme, no extra parts.
        const string Prefix = "Bearer ";
        token = string.Empty;
        if (!header.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var candidate = header[Prefix.Length..];
        if (candidate.Length == 0 || candidate.Any(char.IsWhiteSpace))
        {
            return false;
        }

        token = candidate;
        return true;
    }
}
