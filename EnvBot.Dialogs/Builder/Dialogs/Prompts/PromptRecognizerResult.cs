namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>What a prompt made of the user's answer.</summary>
public sealed class PromptRecognizerResult<T>
{
    public bool Succeeded { get; init; }

    public T? Value { get; init; }

    public static PromptRecognizerResult<T> Success(T value) => new() { Succeeded = true, Value = value };

    public static PromptRecognizerResult<T> Failure() => new();
}
