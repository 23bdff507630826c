using Microsoft.IdentityModel.Tokens;

namespace EnvBot.Host.Protocol.Authentication;

/// <summary>
/// A signing key from a JWKS together with its Bot Framework <c>endorsements</c> (the channel ids it may sign for,
/// BOTFRAMEWORK.md §4.1). Standard OIDC parsing drops that array, so the JWKS JSON is read here as well.
/// </summary>
internal sealed record EndorsedSigningKey(string KeyId, SecurityKey Key, IReadOnlyList<string> Endorsements);
