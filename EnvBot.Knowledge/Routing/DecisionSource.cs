namespace EnvBot.Knowledge.Routing;

/// <summary>What made a routing decision (DOMAIN.md §1: every decision records which rule or model answer made it).</summary>
public enum DecisionSource
{
    Rules,
    Classifier,
    Llm,
    Fallback,
}
