using System.Globalization;

namespace EnvBot.Knowledge.Routing.Evaluation;

/// <summary>
/// Scores of a routing run (data/routing/README.md "Suggested use"): department accuracy overall, per label and on
/// the hard items, and out-of-scope accuracy with precision and recall.
/// </summary>
public sealed record RoutingEvalReport
{
    public required IReadOnlyList<RoutingEvalItem> Items { get; init; }
    public Accuracy Department { get; init; }
    public Accuracy OutOfScope { get; init; }
    public Accuracy Both { get; init; }
    public Accuracy Hard { get; init; }
    public Accuracy OutOfScopePrecision { get; init; }
    public Accuracy OutOfScopeRecall { get; init; }
    public required IReadOnlyDictionary<string, Accuracy> ByDepartment { get; init; }
    public required IReadOnlyDictionary<DecisionSource, int> BySource { get; init; }

    public bool HasLabels => Department.Total > 0 || OutOfScope.Total > 0;

    /// <summary>The summary lines printed after the per-item lines.</summary>
    public IEnumerable<string> SummaryLines()
    {
        yield return $"accuracy department: {Department}";
        yield return $"accuracy out_of_scope: {OutOfScope} precision {OutOfScopePrecision} recall {OutOfScopeRecall}";
        yield return $"accuracy department+out_of_scope: {Both}";
        yield return $"accuracy hard: {Hard}";
        foreach (var (label, accuracy) in ByDepartment.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            yield return $"accuracy {label}: {accuracy}";
        }
        yield return "decided by: " + string.Join(", ", BySource.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value}")));
    }

    public static RoutingEvalReport Score(IReadOnlyList<RoutingEvalItem> items)
    {
        Accuracy department = default, outOfScope = default, both = default, hard = default, precision = default, recall = default;
        var byDepartment = new Dictionary<string, Accuracy>();
        foreach (var item in items)
        {
            var (label, oos) = (item.Question.Department, item.Question.OutOfScope);
            if (label is not null)
            {
                var correct = item.DepartmentCorrect == true;
                department = department.Add(correct);
                var key = oos == true ? "out_of_scope" : label;
                byDepartment[key] = byDepartment.GetValueOrDefault(key).Add(correct && item.OutOfScopeCorrect != false);
                if (item.Question.Difficulty == "hard")
                {
                    hard = hard.Add(correct && item.OutOfScopeCorrect != false);
                }
            }
            if (oos is not null)
            {
                outOfScope = outOfScope.Add(item.OutOfScopeCorrect == true);
                if (item.Decision.OutOfScope)
                {
                    precision = precision.Add(oos.Value);
                }
                if (oos.Value)
                {
                    recall = recall.Add(item.Decision.OutOfScope);
                }
            }
            if (label is not null && oos is not null)
            {
                both = both.Add(item.DepartmentCorrect == true && item.OutOfScopeCorrect == true);
            }
        }
        return new RoutingEvalReport
        {
            Items = items,
            Department = department,
            OutOfScope = outOfScope,
            Both = both,
            Hard = hard,
            OutOfScopePrecision = precision,
            OutOfScopeRecall = recall,
            ByDepartment = byDepartment,
            BySource = items.GroupBy(i => i.Decision.DecidedBy).ToDictionary(g => g.Key, g => g.Count()),
        };
    }
}
