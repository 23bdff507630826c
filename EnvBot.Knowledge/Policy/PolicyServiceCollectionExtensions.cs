using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EnvBot.Knowledge.Policy;

public static class PolicyServiceCollectionExtensions
{
    /// <summary>
    /// The policy knowledge base: the shipped corpus plus administrators' imports from <c>Policy:DataPath</c>
    /// (default data/policy), indexed once, lazily on first use. LLM off unless <c>Llm:Enabled</c>.
    /// </summary>
    public static IServiceCollection AddEnvBotPolicy(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new PolicyOptions
        {
            DataPath = configuration["Policy:DataPath"] ?? PolicyOptions.DefaultDataPath,
            LlmEnabled = string.Equals(configuration["Llm:Enabled"], "true", StringComparison.OrdinalIgnoreCase),
            LlmEndpoint = configuration["Llm:Endpoint"],
            LlmApiKey = configuration["Llm:ApiKey"],
            EmbeddingModel = configuration["Llm:EmbeddingModel"],
            ChatModel = configuration["Llm:ChatModel"],
        };
        services.AddSingleton(options);
        var llm = configuration.GetSection(Routing.Llm.LlmOptions.SectionName).Get<Routing.Llm.LlmOptions>() ?? new Routing.Llm.LlmOptions();
        services.AddSingleton(llm);
        // Issue 6: embeddings fused with BM25 only when Llm:Enabled with an endpoint and Llm:EmbeddingModel.
        if (llm.EmbeddingsUsable)
        {
            services.AddSingleton(sp => new Embeddings.PolicyEmbeddings(
                new Embeddings.SemanticKernelPolicyEmbeddingGenerator(llm),
                TimeSpan.FromSeconds(llm.EmbeddingTimeoutSeconds),
                TimeSpan.FromSeconds(llm.CorpusEmbeddingTimeoutSeconds),
                sp.GetService<TimeProvider>() ?? TimeProvider.System));
        }
        services.AddSingleton(sp => new PolicySearch(
            PolicyCorpus.Load(options.DataPath),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetService<Embeddings.PolicyEmbeddings>()));
        services.AddSingleton<PolicyAnswerComposer>();
        // Issue 6: the grounded LLM answer only when Llm:Enabled with an endpoint and model; otherwise extractive.
        services.AddSingleton(sp => new Llm.PolicyAnswerService(sp.GetRequiredService<PolicyAnswerComposer>(), Llm.SemanticKernelPolicyAnswerWriter.FromOptions(llm)));
        return services;
    }
}
