using System.ClientModel;
using System.ClientModel.Primitives;
using EnvBot.Knowledge.Routing.Llm;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenAI;

namespace EnvBot.Knowledge.Llm;

/// <summary>
/// The one place a Semantic Kernel is built from <see cref="LlmOptions"/> (ARCHITECTURE.md: Azure OpenAI or any
/// OpenAI-compatible endpoint such as vLLM/Ollama, switched on by configuration). The routing advisor, the policy
/// answer writer and the policy embeddings all take their services from here.
/// </summary>
public static class LlmKernel
{
    /// <summary>The chat model of <paramref name="options"/>; throws when the LLM is not configured.</summary>
    public static IChatCompletionService Chat(LlmOptions options, HttpClient? httpClient = null)
    {
        if (!options.IsUsable)
        {
            throw new ArgumentException("Llm:Enabled, Llm:Endpoint and Llm:Model are required", nameof(options));
        }
        var builder = Kernel.CreateBuilder();
        if (options.Provider == LlmProvider.AzureOpenAI)
        {
            builder.AddAzureOpenAIChatCompletion(options.Model!, options.Endpoint!, options.ApiKey ?? "", httpClient: httpClient);
        }
        else
        {
#pragma warning disable SKEXP0010 // custom endpoints are how on-premises OpenAI-compatible servers are reached (ARCHITECTURE.md)
            builder.AddOpenAIChatCompletion(options.Model!, new Uri(options.Endpoint!), options.ApiKey, httpClient: httpClient);
#pragma warning restore SKEXP0010
        }
        return builder.Build().GetRequiredService<IChatCompletionService>();
    }

    /// <summary>The embedding model of <paramref name="options"/> (<c>Llm:EmbeddingModel</c>); throws when not configured.</summary>
    public static IEmbeddingGenerator<string, Embedding<float>> Embeddings(LlmOptions options, HttpClient? httpClient = null)
    {
        if (!options.EmbeddingsUsable)
        {
            throw new ArgumentException("Llm:Enabled, Llm:Endpoint and Llm:EmbeddingModel are required", nameof(options));
        }
        var builder = Kernel.CreateBuilder();
        if (options.Provider == LlmProvider.AzureOpenAI)
        {
#pragma warning disable SKEXP0010 // the IEmbeddingGenerator connectors replace the obsolete ITextEmbeddingGenerationService
            builder.AddAzureOpenAIEmbeddingGenerator(options.EmbeddingModel!, options.Endpoint!, options.ApiKey ?? "", httpClient: httpClient);
#pragma warning restore SKEXP0010
        }
        else
        {
            // The OpenAI connector's endpoint overload is chat-only; an OpenAIClient carries the custom base URL. No
            // client retries: a failed call falls back to BM25 at once (issue 6), the next question tries again.
            var clientOptions = new OpenAIClientOptions { Endpoint = new Uri(options.Endpoint!), RetryPolicy = new ClientRetryPolicy(maxRetries: 0) };
            if (httpClient is not null)
            {
                clientOptions.Transport = new HttpClientPipelineTransport(httpClient);
            }
            var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "none" : options.ApiKey), clientOptions);
#pragma warning disable SKEXP0010 // as above
            builder.AddOpenAIEmbeddingGenerator(options.EmbeddingModel!, client);
#pragma warning restore SKEXP0010
        }
        return builder.Build().GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
    }
}
