using System.Numerics;
using System.Text.Json.Nodes;

namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>
/// Asks for a number (<c>int</c>, <c>long</c>, <c>decimal</c>, <c>double</c>). Recognizes Arabic digits, full-width
/// digits (１２３), thousands separators and Chinese numerals (三, 十五, 一百零五, 两, 三点五), alone or inside a short
/// sentence ("3个人", "大概两百吨"); the first number found wins. A fraction is not accepted for an integer type.
/// </summary>
public sealed class NumberPrompt<T> : Prompt<T>
    where T : struct, INumber<T>
{
    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override string DefaultRetryText => PromptReplies.NumberRetry;

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(TryRecognize(turnContext.Activity.Text, out var value)
            ? PromptRecognizerResult<T>.Success(value)
            : PromptRecognizerResult<T>.Failure());

    /// <summary>The recognizer on its own, for validators and tests.</summary>
    private static readonly bool IsIntegerType = T.CreateTruncating(0.5m) == T.Zero;

    public static bool TryRecognize(string? text, out T value)
    {
        value = default;
        if (!NumberRecognizer.TryRecognize(text, out var number))
        {
            return false;
        }
        try
        {
            value = T.CreateChecked(number);
        }
        catch (OverflowException)
        {
            return false;
        }
        // An integer prompt must not silently truncate "3.5" to 3.
        return !IsIntegerType || decimal.CreateChecked(value) == number;
    }
}
