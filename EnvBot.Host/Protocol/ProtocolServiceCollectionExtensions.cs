using EnvBot.Dialogs.Builder.State;
using EnvBot.Host.Protocol.Authentication;
using EnvBot.Host.Protocol.Connector;

namespace EnvBot.Host.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>The Bot Framework endpoint, adapter and outbound connector.</summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient<HttpConnectorClient>(c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<ConnectorClientFactory>();
        services.AddSingleton<ConversationReferenceMiddleware>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddBotAuthentication(configuration);
        services.AddSingleton<IInboundAuthenticator, InboundAuthenticator>();
        services.AddSingleton<IConnectorTokenSource>(sp => sp.GetRequiredService<ConnectorTokenProvider>());
        services.AddSingleton(sp =>
        {
            var adapter = ActivatorUtilities.CreateInstance<CloudAdapter>(sp);
            // Order (ARCHITECTURE.md "How a message flows"): references → identity → state load/save → bot.
            adapter.Use(sp.GetRequiredService<ConversationReferenceMiddleware>());
            adapter.Use(sp.GetRequiredService<EnvBot.Dialogs.Identity.IdentityMiddleware>());
            adapter.Use(new AutoSaveStateMiddleware(sp.GetRequiredService<ConversationState>(), sp.GetRequiredService<UserState>()));
            var errors = sp.GetRequiredService<TurnErrorHandler>();
            adapter.OnTurnError = errors.HandleAsync;
            return adapter;
        });
        // BOTFRAMEWORK.md §3.1: Teams allows about 7 messages a second per conversation.
        services.AddSingleton(new EnvBot.Data.Domain.Outbox.ConversationPacer(configuration.GetValue("Outbox:MessagesPerSecondPerConversation", 7.0)));
        services.AddSingleton<Outbox.OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<Outbox.OutboxSender>());
        services.AddSingleton<UndeliveredReplySweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<UndeliveredReplySweeper>());
        return services;
    }
}
