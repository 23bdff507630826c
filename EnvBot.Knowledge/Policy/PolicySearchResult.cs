namespace EnvBot.Knowledge.Policy;

/// <summary>Ranked articles (best first), the confidence signal, and what was read from the question.</summary>
/// <param name="Coverage">Share of the question's content words found in the top article (0–1).</param>
/// <param name="Misnamed">The article the question named when it does not say what the asker claimed and another article
/// of the same document, ranked first, does ("第十七条是不是规定3月15日前" — 第十九条 says so).</param>
/// <param name="MisnamedByContent">The named article was only heard of ("听说…第十八条") and the question's words found another
/// article of its document first — rather than a figure it does not state.</param>
public sealed record PolicySearchResult(IReadOnlyList<ArticleHit> Hits, RetrievalConfidence Confidence, double Coverage, PolicyQuery Query, ArticleHit? Misnamed = null, bool MisnamedByContent = false);
