namespace EnvBot.Host.Tests.Conversations;

/// <summary>
/// One expected bot reply: <c>bot: text</c> (whole reply text, trimmed, must be equal; may continue on the following
/// lines) or <c>bot~ text</c> (the reply must contain it), optionally followed by <c>buttons: A | B</c>.
/// </summary>
public sealed class ScriptExpectation(int line, bool contains, string text)
{
    public int Line { get; } = line;
    public bool Contains { get; } = contains;
    public string Text { get; set; } = text;

    /// <summary>Suggested action titles in order, or null when the script does not check them.</summary>
    public IReadOnlyList<string>? Buttons { get; set; }

    /// <summary><c>capture: name regex</c>: group 1 of the regex on this reply becomes <c>{name}</c> in later lines.</summary>
    public (string Variable, System.Text.RegularExpressions.Regex Pattern)? Capture { get; set; }
}
