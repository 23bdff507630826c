using System.Text.Json.Nodes;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>
/// What a prompt asks and how it retries. Stored as JSON in the prompt's state (so the prompt can ask again in a
/// later turn); everything here must serialize.
/// </summary>
public sealed class PromptOptions
{
    /// <summary>The question; sent when the prompt begins and when it is re-prompted (after "帮助").</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent after an answer that was not recognized or not valid; a default Chinese text per prompt type otherwise.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The choices of a <see cref="ChoicePrompt"/>.</summary>
    public List<Choice>? Choices { get; set; }

    /// <summary>Free-form settings for validators (e.g. <c>{"min":1,"max":50}</c>).</summary>
    public JsonNode? Validations { get; set; }

    /// <summary>
    /// Answers allowed before the prompt gives up: it then sends <see cref="PromptReplies.GaveUp"/> and cancels every
    /// dialog in the conversation, so a user can never be stuck in a loop.
    /// </summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Shorthand for text-only prompts.</summary>
    public static PromptOptions FromText(string prompt, string? retryPrompt = null) => new()
    {
        Prompt = Activity.CreateMessage(prompt),
        RetryPrompt = retryPrompt is null ? null : Activity.CreateMessage(retryPrompt),
    };

    public JsonNode ToJson() => DialogJson.ToNode(this)!;

    public static PromptOptions FromJson(JsonNode? node) => DialogJson.FromNode<PromptOptions>(node) ?? new PromptOptions();
}
