namespace EnvBot.Data.Attachments;

/// <summary>Settings of section <c>Attachments</c>.</summary>
public sealed record AttachmentOptions
{
    /// <summary>Largest file accepted (bytes); a phone photo is 2–6 MB.</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Most files in one message.</summary>
    public int MaxFiles { get; init; } = 5;
}
