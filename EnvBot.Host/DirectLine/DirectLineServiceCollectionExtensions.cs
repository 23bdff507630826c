namespace EnvBot.Host.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>EnvBot's own Direct Line channel and the CORS policy browser clients on other origins need.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DirectLineOptions>(configuration.GetSection(DirectLineOptions.Section));
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineConnector>();
        services.AddSingleton<DirectLineTurns>();
        services.AddHostedService<DirectLineNotificationListener>();
        // DirectLineJS sends Authorization and x-ms-bot-agent on every call (BOTFRAMEWORK.md §5.5).
        services.AddCors(o => o.AddPolicy(DirectLineApi.CorsPolicy, p => p
            .AllowAnyOrigin()
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent")
            .WithMethods("GET", "POST")));
        return services;
    }
}
