namespace EnvBot.Knowledge.Policy;

/// <summary>Configuration section "Policy" and the LLM switches of section "Llm" (ARCHITECTURE.md: LLM off by default).</summary>
public sealed class PolicyOptions
{
    /// <summary>Where administrators' imports are stored and loaded from at start (relative to the working directory).</summary>
    public const string DefaultDataPath = "data/policy";

    public string DataPath { get; set; } = DefaultDataPath;

    public bool LlmEnabled { get; set; }
    public string? LlmEndpoint { get; set; }
    public string? LlmApiKey { get; set; }
    public string? EmbeddingModel { get; set; }
    public string? ChatModel { get; set; }
}
