namespace EnvBot.Knowledge.Routing.Llm;

/// <summary>Which Semantic Kernel connector talks to the model.</summary>
public enum LlmProvider
{
    OpenAI,
    AzureOpenAI,
}
