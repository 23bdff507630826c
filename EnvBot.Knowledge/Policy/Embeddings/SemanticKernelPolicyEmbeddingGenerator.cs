using EnvBot.Knowledge.Llm;
using EnvBot.Knowledge.Routing.Llm;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace EnvBot.Knowledge.Policy.Embeddings;

/// <summary>
/// Embeddings from an OpenAI-compatible <c>/v1/embeddings</c> or Azure OpenAI deployment through Semantic Kernel, in
/// batches. Any failure returns null and retrieval stays BM25 (issue 6: "without them nothing breaks").
/// </summary>
public sealed class SemanticKernelPolicyEmbeddingGenerator(LlmOptions options, HttpClient? httpClient = null) : IPolicyEmbeddingGenerator
{
    private const int BatchSize = 64;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _generator = LlmKernel.Embeddings(options, httpClient);

    /// <summary>The generator the configuration asks for, or null when no embedding model is configured.</summary>
    public static SemanticKernelPolicyEmbeddingGenerator? FromOptions(LlmOptions? options) =>
        options is { EmbeddingsUsable: true } ? new SemanticKernelPolicyEmbeddingGenerator(options) : null;

    public async Task<float[][]?> EmbedAsync(IReadOnlyList<string> texts, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var result = new float[texts.Count][];
        try
        {
            for (var start = 0; start < texts.Count; start += BatchSize)
            {
                var batch = texts.Skip(start).Take(BatchSize).ToList();
                var embeddings = await _generator.GenerateAsync(batch, cancellationToken: limit.Token).ConfigureAwait(false);
                if (embeddings.Count != batch.Count)
                {
                    return null;
                }
                for (var i = 0; i < batch.Count; i++)
                {
                    result[start + i] = embeddings[i].Vector.ToArray();
                }
            }
            return result;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or HttpOperationException
                                       or System.ClientModel.ClientResultException or InvalidOperationException or System.Text.Json.JsonException
                                   && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
