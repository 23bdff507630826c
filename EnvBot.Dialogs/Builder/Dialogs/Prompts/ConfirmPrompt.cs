using System.Text.Json.Nodes;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question with 是/否 buttons. The whole answer (punctuation and case ignored) must be one of the
/// known words: 是/好/确认/对/可以/yes/y/ok/嗯/行… → true; 否/不/不是/不用/取消/no/n… → false.
/// Inside an <see cref="InterruptibleComponentDialog"/> "取消" is taken as cancel before this prompt sees it.
/// </summary>
public sealed class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : Prompt<bool>(dialogId, validator)
{
    private static readonly HashSet<string> YesWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "是", "是的", "好", "好的", "确认", "确定", "对", "对的", "可以", "yes", "y", "ok", "okay", "嗯", "嗯嗯", "行", "没问题", "同意",
    };

    private static readonly HashSet<string> NoWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "否", "不", "不是", "不用", "不用了", "不需要", "取消", "no", "n", "不要", "不对", "不行", "不可以", "不同意", "算了",
    };

    protected override string DefaultRetryText => PromptReplies.ConfirmRetry;

    public static bool TryRecognize(string? text, out bool value)
    {
        var word = TextNormalizer.Normalize(text);
        value = YesWords.Contains(word);
        return value || NoWords.Contains(word);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(TryRecognize(turnContext.Activity.Text, out var value)
            ? PromptRecognizerResult<bool>.Success(value)
            : PromptRecognizerResult<bool>.Failure());

    protected override void DecoratePrompt(Activity activity, PromptOptions options) =>
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = [CardAction.ImBack(PromptReplies.Yes), CardAction.ImBack(PromptReplies.No)],
        };
}
