namespace EnvBot.Knowledge.Policy.Embeddings;

/// <summary>Text → vectors (Semantic Kernel embeddings when an LLM is configured; issue 6).</summary>
public interface IPolicyEmbeddingGenerator
{
    /// <summary>One vector per text, in order; null when the model is unavailable (down, slow, unreadable reply).</summary>
    Task<float[][]?> EmbedAsync(IReadOnlyList<string> texts, TimeSpan timeout, CancellationToken cancellationToken);
}
