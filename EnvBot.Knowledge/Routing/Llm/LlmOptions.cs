namespace EnvBot.Knowledge.Routing.Llm;

/// <summary>
/// Configuration section <c>Llm</c> (ARCHITECTURE.md: no LLM is reachable by default; Semantic Kernel with Azure OpenAI
/// or any OpenAI-compatible endpoint is switched on by configuration).
/// </summary>
public sealed record LlmOptions
{
    public const string SectionName = "Llm";

    public bool Enabled { get; init; }

    /// <summary>OpenAI-compatible base URL including the version path (e.g. http://vllm:8000/v1), or the Azure resource URL.</summary>
    public string? Endpoint { get; init; }

    public string? ApiKey { get; init; }

    /// <summary>Model id (OpenAI) or deployment name (Azure OpenAI).</summary>
    public string? Model { get; init; }

    public LlmProvider Provider { get; init; } = LlmProvider.OpenAI;

    /// <summary>How long one routing question may wait for the model before the rules' answer stands.</summary>
    public double TimeoutSeconds { get; init; } = 15;

    /// <summary>How long a policy answer may wait for the model before the extractive answer is shown (issue 6).</summary>
    public double AnswerTimeoutSeconds { get; init; } = 30;

    /// <summary>
    /// How long a chat turn waits for the model's policy answer; past it the bot acknowledges at once and the answer
    /// follows proactively through the outbox (issue 6: slow server).
    /// </summary>
    public double InlineAnswerSeconds { get; init; } = 3;

    /// <summary>Embedding model id or deployment (issue 6: embeddings fused with BM25); none → BM25 only.</summary>
    public string? EmbeddingModel { get; init; }

    /// <summary>How long a question's embedding may take before the search answers with BM25 alone.</summary>
    public double EmbeddingTimeoutSeconds { get; init; } = 3;

    /// <summary>How long embedding the whole corpus at warm-up may take (batches of <c>64</c> articles).</summary>
    public double CorpusEmbeddingTimeoutSeconds { get; init; } = 300;

    public bool EmbeddingsUsable => Enabled && !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(EmbeddingModel);

    public bool IsUsable => Enabled && !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);
}
