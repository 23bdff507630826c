namespace EnvBot.Knowledge.Routing.Evaluation;

/// <summary>
/// Runs the router over labelled questions. Predictions see only the text (a copy without labels is routed); the labels
/// are read afterwards, for scoring.
/// </summary>
public static class RoutingEvaluator
{
    public static async Task<RoutingEvalReport> RunAsync(DepartmentRouter router, IReadOnlyList<LabelledQuestion> questions, CancellationToken cancellationToken)
    {
        var items = new List<RoutingEvalItem>(questions.Count);
        foreach (var question in questions)
        {
            var text = question.Text;
            var decision = await router.RouteAsync(text, cancellationToken).ConfigureAwait(false);
            items.Add(new RoutingEvalItem(question, decision));
        }
        return RoutingEvalReport.Score(items);
    }
}
