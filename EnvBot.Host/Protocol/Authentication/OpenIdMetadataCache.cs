using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace EnvBot.Host.Protocol.Authentication;

/// <summary>
/// Fetches and caches one OpenID metadata document and its JWKS as a <c>kid → key + endorsements</c> map.
/// BOTFRAMEWORK.md §4.1 step 3: keys can appear at any time, so the map is re-read every <see cref="RefreshInterval"/>
/// and once more when a token names an unknown <c>kid</c>. That forced re-read is allowed at most once per
/// <see cref="MinimumForcedRefreshInterval"/>, so tokens with made-up kids cannot make the bot fetch on every request.
/// If a re-read fails, the previous keys stay in use (a metadata hiccup must not take the bot offline).
/// </summary>
internal sealed class OpenIdMetadataCache
{
    internal static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(24);
    internal static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly Func<HttpClient> _createHttpClient;
    private readonly string _metadataUrl;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _snapshot;
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue; // guarded by _gate
    private DateTimeOffset _lastFailure = DateTimeOffset.MinValue; // guarded by _gate
    private int _fetchCount;

    /// <param name="createHttpClient">Called per download so IHttpClientFactory can rotate handlers in this long-lived singleton.</param>
    public OpenIdMetadataCache(Func<HttpClient> createHttpClient, string metadataUrl, TimeProvider timeProvider, ILogger logger)
    {
        _createHttpClient = createHttpClient;
        _metadataUrl = metadataUrl;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>How many times the metadata + JWKS were downloaded (for tests and diagnostics).</summary>
    public int FetchCount => Volatile.Read(ref _fetchCount);

    /// <summary>Finds the key with <paramref name="keyId"/>, refreshing once (rate-limited) when it is unknown.</summary>
    /// <exception cref="HttpRequestException">No keys were ever fetched and the metadata or JWKS cannot be read.</exception>
    public async Task<EndorsedSigningKey?> FindKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is null || _timeProvider.GetUtcNow() - snapshot.FetchedAt >= RefreshInterval)
        {
            snapshot = await RefreshAsync(snapshot, forced: false, cancellationToken).ConfigureAwait(false);
        }

        if (snapshot.Keys.TryGetValue(keyId, out var key))
        {
            return key;
        }

        snapshot = await RefreshAsync(snapshot, forced: true, cancellationToken).ConfigureAwait(false);
        return snapshot.Keys.GetValueOrDefault(keyId);
    }

    private async Task<Snapshot> RefreshAsync(Snapshot? seen, bool forced, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = _snapshot;
            if (current is not null && !ReferenceEquals(current, seen))
            {
                return current; // another request refreshed while this one waited
            }

            var now = _timeProvider.GetUtcNow();
            if (current is not null)
            {
                if (forced && now - _lastForcedRefresh < MinimumForcedRefreshInterval)
                {
                    return current;
                }

                if (!forced && now - _lastFailure < MinimumForcedRefreshInterval)
                {
                    return current; // a recent periodic refresh failed; back off and keep the old keys
                }
            }

            if (forced)
            {
                _lastForcedRefresh = now;
            }

            try
            {
                var fresh = await FetchAsync(now, cancellationToken).ConfigureAwait(false);
                _snapshot = fresh;
                return fresh;
            }
            catch (Exception ex) when (current is null && IsTransient(ex, cancellationToken))
            {
                // Nothing to fall back on: one exception type tells the endpoint to answer 5xx so the channel retries.
                throw new HttpRequestException($"Signing keys are unavailable from {_metadataUrl}.", ex);
            }
            catch (Exception ex) when (IsTransient(ex, cancellationToken))
            {
                _lastFailure = now;
                _logger.LogWarning(ex, "Refreshing OpenID metadata from {MetadataUrl} failed; keeping the keys fetched at {FetchedAt}.", _metadataUrl, current!.FetchedAt);
                return current;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Snapshot> FetchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _fetchCount);

        string jwksUri;
        using (var metadata = await GetJsonAsync(_metadataUrl, cancellationToken).ConfigureAwait(false))
        {
            jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var uri) && uri.ValueKind == JsonValueKind.String
                ? uri.GetString()!
                : throw new InvalidDataException($"OpenID metadata at {_metadataUrl} has no jwks_uri.");
        }

        using var jwks = await GetJsonAsync(jwksUri, cancellationToken).ConfigureAwait(false);
        var keys = ParseKeys(jwks.RootElement);
        _logger.LogInformation("Loaded {KeyCount} signing keys from {JwksUri}.", keys.Count, jwksUri);
        return new Snapshot(keys, now);
    }

    private async Task<JsonDocument> GetJsonAsync(string url, CancellationToken cancellationToken)
    {
        using var response = await _createHttpClient().GetAsync(url, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads <c>keys[]</c>; each key's <c>endorsements</c> array is kept next to it (BOTFRAMEWORK.md §4.1).</summary>
    internal static Dictionary<string, EndorsedSigningKey> ParseKeys(JsonElement jwks)
    {
        var result = new Dictionary<string, EndorsedSigningKey>(StringComparer.Ordinal);
        if (!jwks.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("JWKS has no keys array.");
        }

        foreach (var element in keys.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object
                || !element.TryGetProperty("kid", out var kidElement) || kidElement.ValueKind != JsonValueKind.String
                || !element.TryGetProperty("kty", out var kty) || kty.GetString() != JsonWebAlgorithmsKeyTypes.RSA
                || (element.TryGetProperty("use", out var use) && use.GetString() is { } u && u != "sig"))
            {
                continue; // only RSA signing keys can validate RS256/384/512
            }

            var endorsements = element.TryGetProperty("endorsements", out var e) && e.ValueKind == JsonValueKind.Array
                ? e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray()
                : [];
            var kid = kidElement.GetString()!;
            result.TryAdd(kid, new EndorsedSigningKey(kid, new JsonWebKey(element.GetRawText()), endorsements));
        }

        return result;
    }

    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException or JsonException or InvalidDataException
        || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private sealed record Snapshot(IReadOnlyDictionary<string, EndorsedSigningKey> Keys, DateTimeOffset FetchedAt);
}
