using EnvBot.Knowledge.Routing.Llm;

namespace EnvBot.Knowledge.Routing;

/// <summary>
/// Decides which department (处室) answers an enterprise's question (DOMAIN.md §1, seed 003 §五(一)): the table's rules
/// first when they are sure; otherwise the optional LLM, then a Naive Bayes classifier trained on labelled examples;
/// when nothing is sure, 综合处 triages by hand (seed 003 §六(三)(四): 综合处 reviews and assigns). Petitions and
/// complaints (信访、投诉举报) are flagged out of scope (seed 003 §五(二)). Every decision says which rule, terms or
/// model answer made it.
/// </summary>
public sealed class DepartmentRouter
{
    private static readonly Lazy<IReadOnlyList<LabelledQuestion>> DefaultTraining = new(LabelledQuestion.LoadTrainingSet);

    private readonly TextNormaliser _normaliser;
    private readonly RuleScorer _scorer;
    private readonly ChineseSegmenter _segmenter;
    private readonly NaiveBayesClassifier _classifier;
    private readonly ILlmDepartmentAdvisor? _llm;

    public DepartmentRouter(RoutingTable table, IEnumerable<LabelledQuestion> training, ILlmDepartmentAdvisor? llm = null)
    {
        table.Validate();
        Table = table;
        _normaliser = new TextNormaliser(table.Normalisations);
        _scorer = new RuleScorer(table);
        _segmenter = new ChineseSegmenter(table.DomainTerms);
        _llm = llm;
        _classifier = new NaiveBayesClassifier(
            training.Where(t => t.Department is not null)
                .Select(t => (_normaliser.Normalise(t.Text), t.OutOfScope == true ? NaiveBayesClassifier.OutOfScopeLabel : t.Department!)),
            Features);
    }

    /// <summary>The shipped table and training examples.</summary>
    public static DepartmentRouter CreateDefault(ILlmDepartmentAdvisor? llm = null) =>
        new(RoutingTable.LoadDefault(), DefaultTraining.Value, llm);

    /// <summary>An administrator's table with the shipped training examples.</summary>
    public static DepartmentRouter Create(RoutingTable table, ILlmDepartmentAdvisor? llm = null) =>
        new(table, DefaultTraining.Value, llm);

    public RoutingTable Table { get; }

    /// <summary>Routes without the LLM.</summary>
    public RoutingDecision Route(string question) => Decide(question, null);

    /// <summary>Routes, asking the LLM (when configured) only if the rules are unsure.</summary>
    public async Task<RoutingDecision> RouteAsync(string question, CancellationToken cancellationToken)
    {
        var rules = Evaluate(question);
        if (_llm is null || IsSure(rules))
        {
            return Decide(question, null);
        }
        LlmAdvice? advice;
        try
        {
            advice = await _llm.AdviseAsync(question, Table, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            advice = null;
        }
        return Decide(question, advice);
    }

    /// <summary>What the rules alone found; exposed for the evaluation and for tests.</summary>
    public RuleEvaluation Evaluate(string question) => _scorer.Evaluate(_normaliser.Normalise(question));

    /// <summary>Tokens of a question after normalisation, with the table's domain words kept whole.</summary>
    public IReadOnlyList<string> Segment(string question) => _segmenter.Cut(_normaliser.Normalise(question));

    private bool IsSure(RuleEvaluation rules) =>
        rules.OutOfScopeScore >= OutOfScopeSure || RuleConfidence(rules).Confidence >= Table.Thresholds.RulesSure;

    private const double OutOfScopeSure = 2.0;

    private RoutingDecision Decide(string question, LlmAdvice? advice)
    {
        var rules = Evaluate(question);
        var summary = rules.Hits.Count == 0 ? RoutingReplies.NoRuleMatched : RoutingReplies.RulesSummary(rules.Hits);

        // seed 003 §五(二): petitions and complaints are not consultation-day matters. Sure evidence decides at once.
        var outOfScope = rules.ScopeHits.Where(h => h.Rule.Weight > 0).ToList();
        if (rules.OutOfScopeScore >= OutOfScopeSure)
        {
            var kind = outOfScope.OrderByDescending(h => h.Rule.Weight).First().Rule.Kind ?? "投诉举报";
            return OutOfScopeDecision(kind, Math.Min(1.0, 0.6 + 0.1 * rules.OutOfScopeScore),
                RoutingReplies.OutOfScopeWhy(kind, outOfScope.Select(h => h.Matched)), DecisionSource.Rules);
        }

        var (top, topScore, confidence) = RuleConfidence(rules);
        if (top is not null && confidence >= Table.Thresholds.RulesSure && rules.OutOfScopeScore <= 0)
        {
            var hit = rules.Hits.First(h => h.Rule.Department == top);
            return new RoutingDecision
            {
                Department = top,
                Confidence = confidence,
                Secondary = Secondary(rules, top, topScore),
                Unit = UnitOf(rules, top),
                Why = RoutingReplies.RuleWhy(hit.Rule.Name, top, hit.Rule.Unit, DecidingTerms(rules, top)),
                DecidedBy = DecisionSource.Rules,
                TableVersion = Table.Version,
            };
        }

        // The rules are unsure. The LLM (when it answered) is next, but only with a department of this table.
        string? rejected = null;
        if (advice is not null)
        {
            if (advice.OutOfScope)
            {
                return OutOfScopeDecision("投诉举报", 0.7, RoutingReplies.LlmWhy(Table.OtherDepartment, advice.Rationale, summary), DecisionSource.Llm);
            }
            if (Table.Departments.Contains(advice.Department))
            {
                return new RoutingDecision
                {
                    Department = advice.Department,
                    Confidence = 0.7,
                    Secondary = Secondary(rules, advice.Department, topScore),
                    Why = RoutingReplies.LlmWhy(advice.Department, advice.Rationale, summary),
                    DecidedBy = DecisionSource.Llm,
                    TableVersion = Table.Version,
                };
            }
            rejected = RoutingReplies.LlmRejected(advice.Department);
        }

        var normalised = rules.NormalisedText;
        var posterior = _classifier.Predict(normalised).ToDictionary(p => p.Label, p => p.Probability);
        var oosProbability = posterior.GetValueOrDefault(NaiveBayesClassifier.OutOfScopeLabel);
        if (rules.OutOfScopeScore > 0 && oosProbability >= 0.5)
        {
            return OutOfScopeDecision(outOfScope.FirstOrDefault()?.Rule.Kind ?? "投诉举报", oosProbability,
                RoutingReplies.ClassifierOutOfScopeWhy(oosProbability), DecisionSource.Classifier);
        }

        // Combine the rules' weighted votes with the classifier's posterior over departments.
        var ruleTotal = rules.Scores.Values.Sum();
        var inScopeMass = 1 - oosProbability;
        var combined = Table.Departments.ToDictionary(
            d => d,
            d =>
            {
                var classifier = inScopeMass > 1e-9 ? posterior.GetValueOrDefault(d) / inScopeMass : 0;
                return ruleTotal > 0 ? 0.5 * rules.Scores[d] / ruleTotal + 0.5 * classifier : classifier;
            });
        var best = combined.OrderByDescending(c => c.Value).First();
        var prefix = rejected is null ? "" : rejected + "；";
        var needed = ruleTotal > 0 ? Table.Thresholds.ClassifierSure : Table.Thresholds.ClassifierAlone;
        if (best.Value >= needed)
        {
            var unit = UnitOf(rules, best.Key);
            return new RoutingDecision
            {
                Department = best.Key,
                Confidence = best.Value,
                Secondary = Secondary(rules, best.Key, rules.Scores[best.Key]),
                Unit = unit,
                Why = prefix + RoutingReplies.ClassifierWhy(best.Key, unit, best.Value, summary),
                DecidedBy = DecisionSource.Classifier,
                TableVersion = Table.Version,
            };
        }

        return new RoutingDecision
        {
            Department = Table.FallbackDepartment,
            Confidence = best.Value,
            Secondary = rules.Ranked.Select(r => r.Key).Where(d => d != Table.FallbackDepartment).Take(2).ToList(),
            Why = prefix + RoutingReplies.FallbackWhy(Table.FallbackDepartment, best.Value, summary),
            DecidedBy = DecisionSource.Fallback,
            TableVersion = Table.Version,
        };
    }

    private RoutingDecision OutOfScopeDecision(string kind, double confidence, string why, DecisionSource source) => new()
    {
        Department = Table.OtherDepartment,
        OutOfScope = true,
        OutOfScopeKind = kind,
        Confidence = confidence,
        Why = why,
        DecidedBy = source,
        TableVersion = Table.Version,
    };

    /// <summary>
    /// How sure the rules are: the top department's lead over the runner-up, and how much evidence it has.
    /// Below <see cref="RoutingThresholds.MinimumScore"/> the rules never count as sure.
    /// </summary>
    private (string? Department, double Score, double Confidence) RuleConfidence(RuleEvaluation rules)
    {
        var ranked = rules.Ranked.ToList();
        if (ranked.Count == 0)
        {
            return (null, 0, 0);
        }
        var (top, score) = (ranked[0].Key, ranked[0].Value);
        var second = ranked.Count > 1 ? ranked[1].Value : 0;
        var margin = (score - second) / score;
        var strength = score / (score + 0.3);
        var confidence = strength * (0.5 + 0.5 * margin);
        if (score < Table.Thresholds.MinimumScore)
        {
            confidence = Math.Min(confidence, Table.Thresholds.RulesSure - 0.01);
        }
        return (top, score, confidence);
    }

    private static List<string> Secondary(RuleEvaluation rules, string primary, double topScore) =>
        rules.Hits.Where(h => h.Asked && h.Rule.Department != primary)
            .GroupBy(h => h.Rule.Department)
            .Where(g => rules.Scores[g.Key] >= Math.Max(1.0, 0.3 * topScore))
            .OrderByDescending(g => rules.Scores[g.Key])
            .Select(g => g.Key)
            .ToList();

    private static string? UnitOf(RuleEvaluation rules, string department) =>
        rules.Hits.FirstOrDefault(h => h.Rule.Department == department && h.Rule.Unit is not null)?.Rule.Unit;

    private static IEnumerable<string> DecidingTerms(RuleEvaluation rules, string department) =>
        rules.Hits.Where(h => h.Rule.Department == department).SelectMany(h => h.Terms).Distinct().Take(6);

    private IEnumerable<string> Features(string normalised)
    {
        foreach (var token in _segmenter.Cut(normalised))
        {
            yield return "w:" + token;
        }
        var chars = normalised.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray();
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            yield return "b:" + chars[i] + chars[i + 1];
        }
    }
}
