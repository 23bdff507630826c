namespace EnvBot.Knowledge.Routing.Evaluation;

/// <summary>One evaluated question: the router's decision, made from the text alone, next to the (optional) labels.</summary>
public sealed record RoutingEvalItem(LabelledQuestion Question, RoutingDecision Decision)
{
    public bool? DepartmentCorrect => Question.Department is { } label ? Decision.Department == label : null;
    public bool? OutOfScopeCorrect => Question.OutOfScope is { } label ? Decision.OutOfScope == label : null;
}
