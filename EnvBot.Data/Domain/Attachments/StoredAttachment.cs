namespace EnvBot.Data.Domain.Attachments;

/// <summary>
/// A file an enterprise sent in chat (a photo of the rectified site, a PDF of a filed plan: seed 002 三改). Kept in the
/// database so every host instance serves it and a backup holds it; linked to the rectification item it proves (and
/// through it to the ledger matter) once the enterprise's answer names the item.
/// </summary>
public sealed class StoredAttachment
{
    public int Id { get; set; }

    /// <summary>The enterprise of the contact who sent it (null: sent by someone not bound to an enterprise).</summary>
    public int? EnterpriseId { get; set; }

    public required string ChannelId { get; set; }
    public required string UserId { get; set; }
    public string? ConversationId { get; set; }

    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }

    /// <summary>SHA-256 of the content (hex), to recognise the same file sent twice.</summary>
    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public int? RectificationItemId { get; set; }
    public int? MatterId { get; set; }
}
