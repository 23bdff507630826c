using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EnvBot.Host.Tests.Authentication;

/// <summary>A locally generated RSA key that can publish itself as a JWK (with Bot Framework endorsements) and sign tokens.</summary>
internal sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestSigningKey(string keyId, params string[] endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public string[] Endorsements { get; }

    /// <summary>The JWK as login.botframework.com publishes it: RSA modulus/exponent plus an <c>endorsements</c> array.</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements.Length > 0)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }

    public string CreateToken(
        string issuer,
        string? audience,
        DateTimeOffset notBefore,
        DateTimeOffset expires,
        IDictionary<string, object>? claims = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = claims ?? new Dictionary<string, object>(),
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, algorithm),
        };
        return handler.CreateToken(descriptor);
    }

    public void Dispose() => _rsa.Dispose();
}
