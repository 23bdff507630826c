namespace EnvBot.Knowledge.Policy;

/// <summary>Optional semantic re-ranking of lexical candidates (Semantic Kernel embeddings when an LLM is configured).</summary>
public interface IPolicyEmbeddingRanker
{
    /// <summary>Indices into <paramref name="candidates"/>, most similar to <paramref name="question"/> first; empty when unavailable.</summary>
    Task<IReadOnlyList<int>> RankAsync(string question, IReadOnlyList<string> candidates, CancellationToken cancellationToken);
}
