namespace EnvBot.Dialogs.Attachments;

/// <summary>What came of a message's files: the stored ids (with their names), and a refusal line per file not taken.</summary>
public sealed record ReceivedFiles(IReadOnlyList<(int Id, string Name)> Stored, IReadOnlyList<string> Refused)
{
    public static ReceivedFiles None { get; } = new([], []);

    public bool Any => Stored.Count > 0 || Refused.Count > 0;
}
