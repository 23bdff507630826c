using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace EnvBot.Host.DirectLine;

/// <summary>
/// The Direct Line secret and the tokens derived from it. A token is an HMAC-SHA256-signed payload
/// (conversation, user, kind, expiry): unguessable without the secret, checked without a table, and opaque to
/// DirectLineJS, which ignores tokens that are not JWTs (BOTFRAMEWORK.md §5.5).
/// </summary>
public sealed class DirectLineTokens
{
    private readonly byte[] _secretBytes;
    private readonly byte[] _signingKey;
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineTokens> logger)
    {
        _options = options.Value;
        _time = time;
        var secret = _options.Secret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
            // Never log the secret itself; tokens issued before a restart stop working, history stays.
            logger.LogWarning("DirectLine:Secret is not configured; generated a random Direct Line secret for this run");
        }
        _secretBytes = Encoding.UTF8.GetBytes(secret);
        _signingKey = HMACSHA256.HashData(_secretBytes, "EnvBot Direct Line token v1"u8);
    }

    public TimeSpan TokenLifetime => _options.TokenLifetime;

    /// <summary>True when <paramref name="candidate"/> is the secret (compared in constant time).</summary>
    public bool IsSecret(string candidate) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _secretBytes);

    public string Issue(string conversationId, string? userId, DirectLineTokenKind kind = DirectLineTokenKind.Conversation)
    {
        var lifetime = kind == DirectLineTokenKind.Stream ? _options.StreamUrlLifetime : _options.TokenLifetime;
        var payload = JsonSerializer.SerializeToUtf8Bytes(new TokenPayload(
            conversationId,
            userId,
            kind == DirectLineTokenKind.Stream ? "s" : "c",
            (_time.GetUtcNow() + lifetime).ToUnixTimeMilliseconds(),
            Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(8))));
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_signingKey, payload));
    }

    /// <summary>The token's claims when its signature is valid, else null. Expiry is checked by <see cref="IsExpired"/>.</summary>
    public DirectLineToken? Read(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == token.Length - 1 || token.Length > 4096)
        {
            return null;
        }
        try
        {
            var payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            var signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
            if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_signingKey, payload)))
            {
                return null;
            }
            var claims = JsonSerializer.Deserialize<TokenPayload>(payload);
            if (claims is null || string.IsNullOrEmpty(claims.C))
            {
                return null;
            }
            return new DirectLineToken(claims.C, claims.U, claims.K == "s" ? DirectLineTokenKind.Stream : DirectLineTokenKind.Conversation,
                DateTimeOffset.FromUnixTimeMilliseconds(claims.E));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    public bool IsExpired(DirectLineToken token) => _time.GetUtcNow() >= token.ExpiresAt;

    /// <summary>Short property names keep tokens short in URLs; <c>N</c> makes two tokens issued in the same millisecond differ.</summary>
    private sealed record TokenPayload(string C, string? U, string K, long E, string N);
}
