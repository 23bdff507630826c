namespace EnvBot.Data.Attachments;

/// <summary>A stored file without its content: enough to list it and link to it.</summary>
public sealed record AttachmentInfo(int Id, int? RectificationItemId, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt);
