namespace EnvBot.Dialogs.Builder.Dialogs.Prompts;

/// <summary>One option of a <see cref="ChoicePrompt"/>: its title (shown on the button) and other words that pick it.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = synonyms.Length == 0 ? null : [.. synonyms];
    }

    public string Value { get; set; } = "";

    public List<string>? Synonyms { get; set; }
}
