namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>The result of a <see cref="ChoicePrompt"/>: the chosen <see cref="Choice.Value"/> and its 0-based index.</summary>
public sealed class FoundChoice
{
    public string Value { get; set; } = "";

    public int Index { get; set; }
}
