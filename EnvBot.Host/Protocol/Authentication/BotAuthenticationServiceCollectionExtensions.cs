using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EnvBot.Host.Protocol.Authentication;

public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>Name of the <see cref="HttpClient"/> used for OpenID metadata, JWKS and token requests.</summary>
    public const string HttpClientName = "bot-auth";

    /// <summary>
    /// Registers Bot Framework authentication (BOTFRAMEWORK.md §4): <see cref="BotAuthenticationOptions"/> read from the
    /// configuration root, <see cref="BotFrameworkAuthenticator"/> (inbound), <see cref="TrustedServiceUrls"/> and
    /// <see cref="ConnectorTokenProvider"/> (outbound), all singletons, plus the named HttpClient <c>bot-auth</c>.
    /// Uses a registered <see cref="TimeProvider"/>, or <see cref="TimeProvider.System"/> when none is registered.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddSingleton(BotAuthenticationOptions.FromConfiguration(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddHttpClient(HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<BotFrameworkAuthenticator>();
        services.AddSingleton<ConnectorTokenProvider>();
        return services;
    }
}
