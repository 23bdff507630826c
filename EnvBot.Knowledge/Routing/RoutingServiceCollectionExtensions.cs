using EnvBot.Data.Ledger;
using EnvBot.Knowledge.Routing.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EnvBot.Knowledge.Routing;

public static class RoutingServiceCollectionExtensions
{
    /// <summary>The department router (shipped table and training examples; LLM only when <c>Llm:Enabled</c>), serving the ledger.</summary>
    public static IServiceCollection AddEnvBotRouting(this IServiceCollection services, IConfiguration configuration)
    {
        var llm = SemanticKernelDepartmentAdvisor.FromOptions(configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>());
        // The table in force: shipped until the database says otherwise (issue 5: an administrator edits it, versioned).
        services.AddSingleton(_ => new LiveDepartmentRouter(llm));
        services.AddSingleton<Admin.RoutingTableAdmin>();
        // Registered after the data layer's 综合处 triage, so this one is resolved.
        services.AddSingleton<IMatterRouter, DepartmentMatterRouter>();
        return services;
    }
}
