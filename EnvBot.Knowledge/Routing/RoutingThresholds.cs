namespace EnvBot.Knowledge.Routing;

/// <summary>Confidence levels that decide who decides: rules when sure, else the classifier (or LLM), else 综合处 by hand.</summary>
public sealed record RoutingThresholds
{
    /// <summary>Rules decide alone at or above this confidence.</summary>
    public double RulesSure { get; init; } = 0.6;

    /// <summary>The classifier's (or the combination's) top probability must reach this, else 综合处 triages.</summary>
    public double ClassifierSure { get; init; } = 0.55;

    /// <summary>When no rule matched at all, the classifier alone must reach this (it is overconfident on vague text).</summary>
    public double ClassifierAlone { get; init; } = 0.75;

    /// <summary>A weighted rule score below this is too little evidence for rules to be sure.</summary>
    public double MinimumScore { get; init; } = 0.9;
}
