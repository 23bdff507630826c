using System.Collections.Concurrent;

namespace EnvBot.Host.Protocol.Authentication;

/// <summary>
/// The serviceUrls that may receive the bot's outbound token. BOTFRAMEWORK.md §4.3: attach the token only to serviceUrls
/// that (a) arrived in an activity whose token's <c>serviceurl</c> claim matched, or (b) belong to configured Connector
/// hosts — otherwise an attacker-chosen serviceUrl would receive the bot's credentials. Entries from (a) expire after
/// <see cref="Expiry"/> without a new authenticated activity (sliding), so the set stays bounded.
/// Thread-safe; registered as a singleton.
/// </summary>
public sealed class TrustedServiceUrls
{
    /// <summary>How long a serviceUrl stays trusted after the last authenticated activity that carried it.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromHours(24);

    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSeen = new(StringComparer.OrdinalIgnoreCase);
    private readonly string[] _exactHosts;
    private readonly string[] _hostSuffixes;
    private readonly TimeProvider _timeProvider;
    private long _nextPurgeTicks;

    public TrustedServiceUrls(BotAuthenticationOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _exactHosts = options.TrustedServiceUrlHosts.Where(h => !h.StartsWith("*.", StringComparison.Ordinal)).ToArray();
        // "*.botframework.com" matches any subdomain but not botframework.com itself or evilbotframework.com.
        _hostSuffixes = options.TrustedServiceUrlHosts.Where(h => h.StartsWith("*.", StringComparison.Ordinal)).Select(h => h[1..]).ToArray();
        _nextPurgeTicks = timeProvider.GetUtcNow().Add(PurgeInterval).UtcTicks;
    }

    /// <summary>Records a serviceUrl proven by an authenticated activity (BOTFRAMEWORK.md §4.1 step 7).</summary>
    public void Trust(string serviceUrl)
    {
        var key = Normalize(serviceUrl);
        if (key is null)
        {
            return;
        }

        var now = _timeProvider.GetUtcNow();
        _lastSeen[key] = now;
        PurgeExpired(now);
    }

    /// <summary>True when <paramref name="serviceUrl"/> may receive the bot's token (BOTFRAMEWORK.md §4.3).</summary>
    public bool ShouldAttachToken(string? serviceUrl)
    {
        var key = Normalize(serviceUrl);
        if (key is null)
        {
            return false;
        }

        if (_lastSeen.TryGetValue(key, out var seen) && _timeProvider.GetUtcNow() - seen <= Expiry)
        {
            return true;
        }

        return IsConfiguredHost(new Uri(key));
    }

    private bool IsConfiguredHost(Uri uri)
    {
        // Configured hosts only ever get the token over TLS.
        if (uri.Scheme != Uri.UriSchemeHttps || !uri.IsDefaultPort)
        {
            return false;
        }

        var host = uri.IdnHost;
        return _exactHosts.Any(h => string.Equals(h, host, StringComparison.OrdinalIgnoreCase))
            || _hostSuffixes.Any(s => host.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Absolute http(s) URL without a trailing slash, or null. The claim check ignores case (§4.1), so does this set.</summary>
    private static string? Normalize(string? serviceUrl)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl)
            || !Uri.TryCreate(serviceUrl.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    private void PurgeExpired(DateTimeOffset now)
    {
        var next = Interlocked.Read(ref _nextPurgeTicks);
        if (now.UtcTicks < next || Interlocked.CompareExchange(ref _nextPurgeTicks, now.Add(PurgeInterval).UtcTicks, next) != next)
        {
            return;
        }

        foreach (var (url, seen) in _lastSeen)
        {
            if (now - seen > Expiry)
            {
                _lastSeen.TryRemove(new KeyValuePair<string, DateTimeOffset>(url, seen));
            }
        }
    }
}
