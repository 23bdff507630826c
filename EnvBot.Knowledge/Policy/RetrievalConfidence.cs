namespace EnvBot.Knowledge.Policy;

/// <summary>How sure retrieval is that its top articles answer the question; Low hands the question to a person.</summary>
public enum RetrievalConfidence
{
    Low,
    Medium,
    High,
}
