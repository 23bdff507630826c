namespace EnvBot.Host.Tests.Conversations;

/// <summary>
/// What the user does (<c>user: text</c>, or <c>event: membersAdded</c> for a conversationUpdate that adds the user),
/// as which user on which channel, and the replies expected, in order. No expectation lines means the bot must stay
/// silent. Setup steps (<see cref="ScriptStepKind.Advance"/>, <see cref="ScriptStepKind.BindingCode"/>) send nothing.
/// </summary>
public sealed class ScriptStep(int line, ScriptStepKind kind, string text, string userId, string channelId)
{
    public int Line { get; } = line;
    public ScriptStepKind Kind { get; } = kind;
    public bool MembersAdded => Kind == ScriptStepKind.MembersAdded;
    /// <summary>The message; <c>user|</c> lines after <c>user:</c> add lines to it (a multi-line message).</summary>
    public string Text { get; set; } = text;
    public string UserId { get; } = userId;
    public string ChannelId { get; } = channelId;
    public TimeSpan AdvanceBy { get; init; }
    public string? Variable { get; init; }

    /// <summary>The shared conversation (<c># in: NAME</c>) the step is sent in, or null for the account's 1:1 chat.</summary>
    public string? Conversation { get; init; }
    public List<ScriptExpectation> Expectations { get; } = [];
}
