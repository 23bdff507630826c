using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace EnvBot.Host.Protocol.Authentication;

/// <summary>
/// Bot Framework authentication settings, read from the configuration root under the SDK's own names so an
/// <c>appsettings.json</c> or App Service configuration written for an SDK bot works unchanged (BOTFRAMEWORK.md §4).
/// Authentication is off (anonymous) only when <see cref="MicrosoftAppId"/> is empty (BOTFRAMEWORK.md §4.4).
/// </summary>
/// <remarks>Deliberately not a record: a generated <c>ToString</c> would print the password.</remarks>
public sealed class BotAuthenticationOptions
{
    // BOTFRAMEWORK.md §4.1: public-cloud channel constants.
    public const string DefaultToBotFromChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultToBotFromChannelTokenIssuer = "https://api.botframework.com";

    // BOTFRAMEWORK.md §4.2: the DOCS' Emulator metadata address (it leads to the common AAD keys).
    public const string DefaultToBotFromEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    // BOTFRAMEWORK.md §4.3: multi-tenant authority and the Connector scope.
    public const string DefaultToChannelFromBotLoginUrl = "https://login.microsoftonline.com/botframework.com";
    public const string SingleTenantLoginUrlPrefix = "https://login.microsoftonline.com/";
    public const string DefaultToChannelFromBotOAuthScope = "https://api.botframework.com";

    public string? MicrosoftAppId { get; init; }

    public string? MicrosoftAppPassword { get; init; }

    public string? MicrosoftAppTenantId { get; init; }

    public BotAppType MicrosoftAppType { get; init; } = BotAppType.MultiTenant;

    public string ToBotFromChannelOpenIdMetadataUrl { get; init; } = DefaultToBotFromChannelOpenIdMetadataUrl;

    public string ToBotFromChannelTokenIssuer { get; init; } = DefaultToBotFromChannelTokenIssuer;

    public string ToBotFromEmulatorOpenIdMetadataUrl { get; init; } = DefaultToBotFromEmulatorOpenIdMetadataUrl;

    /// <summary>Explicit authority; when empty, <see cref="EffectiveToChannelFromBotLoginUrl"/> derives it from the app type.</summary>
    public string? ToChannelFromBotLoginUrl { get; init; }

    public string ToChannelFromBotOAuthScope { get; init; } = DefaultToChannelFromBotOAuthScope;

    /// <summary>
    /// Hosts that may always receive the outbound token, e.g. <c>smba.trafficmanager.net</c> or <c>*.botframework.com</c>
    /// (BOTFRAMEWORK.md §4.3 rule b). Empty by default: only serviceUrls proven by an inbound token are trusted.
    /// Configuration key <c>TrustedServiceUrlHosts</c> (array, or a comma-separated string).
    /// </summary>
    public IReadOnlyList<string> TrustedServiceUrlHosts { get; init; } = [];

    /// <summary>SDK rule (BOTFRAMEWORK.md §4.4): an empty App ID means authentication is disabled.</summary>
    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The authority for outbound tokens: the configured one, else the tenant's for SingleTenant (BOTFRAMEWORK.md §4.3).</summary>
    public string EffectiveToChannelFromBotLoginUrl =>
        !string.IsNullOrWhiteSpace(ToChannelFromBotLoginUrl) ? ToChannelFromBotLoginUrl.TrimEnd('/')
        : MicrosoftAppType == BotAppType.SingleTenant ? SingleTenantLoginUrlPrefix + MicrosoftAppTenantId
        : DefaultToChannelFromBotLoginUrl;

    /// <summary>Reads the settings from the configuration root; empty values fall back to the public-cloud defaults.</summary>
    /// <exception cref="InvalidOperationException">Unknown <c>MicrosoftAppType</c>, or SingleTenant without a tenant id.</exception>
    public static BotAuthenticationOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var appTypeText = Value(configuration, nameof(MicrosoftAppType));
        var appType = BotAppType.MultiTenant;
        if (appTypeText is not null && !Enum.TryParse(appTypeText, ignoreCase: true, out appType))
        {
            throw new InvalidOperationException(
                $"MicrosoftAppType '{appTypeText}' is not one of {string.Join(", ", Enum.GetNames<BotAppType>())}.");
        }

        var options = new BotAuthenticationOptions
        {
            MicrosoftAppId = Value(configuration, nameof(MicrosoftAppId)),
            MicrosoftAppPassword = Value(configuration, nameof(MicrosoftAppPassword)),
            MicrosoftAppTenantId = Value(configuration, nameof(MicrosoftAppTenantId)),
            MicrosoftAppType = appType,
            ToBotFromChannelOpenIdMetadataUrl = Value(configuration, nameof(ToBotFromChannelOpenIdMetadataUrl)) ?? DefaultToBotFromChannelOpenIdMetadataUrl,
            ToBotFromChannelTokenIssuer = Value(configuration, nameof(ToBotFromChannelTokenIssuer)) ?? DefaultToBotFromChannelTokenIssuer,
            ToBotFromEmulatorOpenIdMetadataUrl = Value(configuration, nameof(ToBotFromEmulatorOpenIdMetadataUrl)) ?? DefaultToBotFromEmulatorOpenIdMetadataUrl,
            ToChannelFromBotLoginUrl = Value(configuration, nameof(ToChannelFromBotLoginUrl)),
            ToChannelFromBotOAuthScope = Value(configuration, nameof(ToChannelFromBotOAuthScope)) ?? DefaultToChannelFromBotOAuthScope,
            TrustedServiceUrlHosts = ReadHosts(configuration.GetSection(nameof(TrustedServiceUrlHosts))),
        };

        // A single-tenant bot without a tenant would silently ask the wrong authority for tokens (BOTFRAMEWORK.md §4.3).
        if (!options.IsAuthenticationDisabled && appType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            throw new InvalidOperationException("MicrosoftAppType SingleTenant requires MicrosoftAppTenantId.");
        }

        return options;
    }

    /// <summary>Logs once at start-up which authentication mode is on; a warning when it is off. Never logs the password.</summary>
    public void LogAuthenticationMode(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (IsAuthenticationDisabled)
        {
            // BOTFRAMEWORK.md §4.4: anyone could post activities and choose the serviceUrl.
            logger.LogWarning(
                "Bot Framework authentication is DISABLED (no MicrosoftAppId): inbound requests without a token are accepted and no outbound token is sent. Never expose this bot to the Internet in this mode.");
            return;
        }

        logger.LogInformation(
            "Bot Framework authentication is ON: app id {MicrosoftAppId}, app type {MicrosoftAppType}, channel issuer {Issuer}, outbound authority {LoginUrl}, password {PasswordState}.",
            MicrosoftAppId,
            MicrosoftAppType,
            ToBotFromChannelTokenIssuer,
            EffectiveToChannelFromBotLoginUrl,
            string.IsNullOrEmpty(MicrosoftAppPassword) ? "missing" : "set");

        if (MicrosoftAppType == BotAppType.UserAssignedMSI)
        {
            logger.LogError("MicrosoftAppType UserAssignedMSI is not supported by EnvBot: outbound Connector calls will fail. Use SingleTenant with a client secret.");
        }
        else if (string.IsNullOrEmpty(MicrosoftAppPassword))
        {
            logger.LogError("MicrosoftAppPassword is empty: inbound tokens are validated but outbound Connector calls will fail.");
        }
    }

    private static string? Value(IConfiguration configuration, string key)
    {
        var value = configuration[key];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static string[] ReadHosts(IConfigurationSection section)
    {
        var entries = section.GetChildren().Select(c => c.Value).Append(section.Value);
        return entries
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .SelectMany(v => v!.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }
}
