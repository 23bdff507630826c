namespace EnvBot.Host.Protocol.Authentication;

/// <summary>
/// The SDK's <c>MicrosoftAppType</c> setting (BOTFRAMEWORK.md §4.3, §4.4). It only changes where outbound tokens come
/// from and which extra Emulator issuers are accepted; inbound channel tokens are the same for every type.
/// </summary>
public enum BotAppType
{
    /// <summary>Tokens come from the <c>botframework.com</c> tenant. The SDK default.</summary>
    MultiTenant,

    /// <summary>Tokens come from <c>login.microsoftonline.com/{MicrosoftAppTenantId}</c>.</summary>
    SingleTenant,

    /// <summary>
    /// Managed identity. Recognised so configuration copied from an SDK bot is not misread, but EnvBot cannot fetch
    /// MSI tokens: <see cref="ConnectorTokenProvider.GetTokenAsync"/> throws <see cref="NotSupportedException"/>.
    /// </summary>
    UserAssignedMSI,
}
