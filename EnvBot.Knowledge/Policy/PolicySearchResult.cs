namespace EnvBot.Knowledge.Policy;

/// <summary>Ranked articles (best first), the confidence signal, and what was read from the question.</summary>
/// <param name="Coverage">Share of the question's content words found in the top article (0–1).</param>
public sealed record PolicySearchResult(IReadOnlyList<ArticleHit> Hits, RetrievalConfidence Confidence, double Coverage, PolicyQuery Query);
