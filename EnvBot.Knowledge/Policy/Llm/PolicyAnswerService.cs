namespace EnvBot.Knowledge.Policy.Llm;

/// <summary>
/// Turns a search result into the reply (issue 6): the extractive answer with the LLM off, or when retrieval is not
/// confident or the question is about the asker's own case; otherwise the model's grounded answer when it passes the
/// citation check, and the extractive answer when it does not, or the model is down or slow past its timeout.
/// </summary>
public sealed class PolicyAnswerService(PolicyAnswerComposer composer, IPolicyAnswerWriter? writer = null)
{
    /// <summary>Whether answering this result waits for the model (so the dialog may acknowledge first).</summary>
    public bool AsksModel(PolicySearchResult result) =>
        writer is not null && !result.Query.CaseSpecific && result.Confidence != RetrievalConfidence.Low && result.Hits.Count > 0
        && TechnicalStandards.Match(result.Query).Count == 0;

    public PolicyAnswer Extractive(PolicySearchResult result) => composer.Compose(result);

    public async Task<PolicyAnswer> AnswerAsync(PolicySearchResult result, CancellationToken cancellationToken)
    {
        if (!AsksModel(result))
        {
            return composer.Compose(result);
        }
        var articles = result.Hits.Take(MaxArticles).ToList();
        var draft = await writer!.WriteAsync(result.Query.Text, articles, cancellationToken).ConfigureAwait(false);
        var cited = draft is null || PolicyLeakGuard.Leaks(draft, result.Query.Text, articles) ? null : PolicyCitationCheck.Accept(draft, articles);
        return cited is null ? composer.Compose(result) : composer.ComposeGrounded(result, draft!, cited);
    }

    /// <summary>The articles the model is given (and may cite).</summary>
    public const int MaxArticles = 5;
}
