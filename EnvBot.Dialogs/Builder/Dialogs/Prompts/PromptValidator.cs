namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>
/// Decides whether a recognized answer is acceptable. Return false to retry; a validator may send its own
/// explanation, in which case the prompt does not send its retry text.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
