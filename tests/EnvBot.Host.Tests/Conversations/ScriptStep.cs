namespace EnvBot.Host.Tests.Conversations;

/// <summary>
/// What the user does (<c>user: text</c>, or <c>event: membersAdded</c> for a conversationUpdate that adds the user)
/// and the replies expected, in order. No expectation lines means the bot must stay silent.
/// </summary>
public sealed class ScriptStep(int line, bool membersAdded, string text)
{
    public int Line { get; } = line;
    public bool MembersAdded { get; } = membersAdded;
    public string Text { get; } = text;
    public List<ScriptExpectation> Expectations { get; } = [];
}
