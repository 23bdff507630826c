using System.Text.Json.Nodes;

namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>Asks for free text; any non-blank message is recognized (trimmed). Validators add the real rules.</summary>
public sealed class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    protected override string DefaultRetryText => PromptReplies.TextRetry;

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim();
        return Task.FromResult(string.IsNullOrEmpty(text)
            ? PromptRecognizerResult<string>.Failure()
            : PromptRecognizerResult<string>.Success(text));
    }
}
