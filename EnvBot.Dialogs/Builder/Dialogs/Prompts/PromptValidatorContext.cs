using System.Text.Json.Nodes;

namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>What a validator sees: the recognized answer, the prompt's options, and how many answers were given so far.</summary>
public sealed class PromptValidatorContext<T>(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount, JsonObject state)
{
    public ITurnContext Context { get; } = context;

    public PromptRecognizerResult<T> Recognized { get; } = recognized;

    public PromptOptions Options { get; } = options;

    /// <summary>Answers given to this prompt including the current one (1 on the first answer).</summary>
    public int AttemptCount { get; } = attemptCount;

    /// <summary>The prompt instance's JSON state, for validators that need to remember something between attempts.</summary>
    public JsonObject State { get; } = state;
}
