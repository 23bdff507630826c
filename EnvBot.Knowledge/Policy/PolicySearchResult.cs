namespace EnvBot.Knowledge.Policy;

/// <summary>Ranked articles (best first), the confidence signal, and what was read from the question.</summary>
/// <param name="Coverage">Share of the question's content words found in the top article (0–1).</param>
/// <param name="Misnamed">The article the question named when it does not say what the asker claimed and another article
/// of the same document, ranked first, does ("第十七条是不是规定3月15日前" — 第十九条 says so).</param>
public sealed record PolicySearchResult(IReadOnlyList<ArticleHit> Hits, RetrievalConfidence Confidence, double Coverage, PolicyQuery Query, ArticleHit? Misnamed = null);
