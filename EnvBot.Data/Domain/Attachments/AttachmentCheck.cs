namespace EnvBot.Data.Domain.Attachments;

public enum AttachmentProblem
{
    None,
    Empty,
    TooLarge,
    TypeNotAllowed,
}

/// <summary>The verdict on one file: its problem, or the content type it is stored under.</summary>
public sealed record AttachmentCheck(AttachmentProblem Problem, string? ContentType)
{
    public bool Allowed => Problem == AttachmentProblem.None;
}
