namespace EnvBot.Knowledge.Policy.Llm;

/// <summary>
/// An optional model that writes a short answer from the retrieved articles only. Returns null when it cannot answer
/// (server down, timeout, unreadable reply); the caller then shows the extractive answer.
/// </summary>
public interface IPolicyAnswerWriter
{
    Task<PolicyLlmDraft?> WriteAsync(string question, IReadOnlyList<ArticleHit> articles, CancellationToken cancellationToken);
}
