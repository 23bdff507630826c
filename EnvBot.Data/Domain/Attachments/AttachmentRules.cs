namespace EnvBot.Data.Domain.Attachments;

/// <summary>
/// Which files the bot accepts as proof of a rectification: photos, PDF and office documents (issue 10), up to a
/// configured size. Decided by the file's name and its first bytes, never by the type the client claims: a renamed
/// executable is refused even when it says image/png.
/// </summary>
public static class AttachmentRules
{
    private static readonly Dictionary<string, (string Type, Func<ReadOnlyMemory<byte>, bool> Looks)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = ("image/jpeg", b => Starts(b, 0xFF, 0xD8, 0xFF)),
        [".jpeg"] = ("image/jpeg", b => Starts(b, 0xFF, 0xD8, 0xFF)),
        [".png"] = ("image/png", b => Starts(b, 0x89, 0x50, 0x4E, 0x47)),
        [".gif"] = ("image/gif", b => Starts(b, 0x47, 0x49, 0x46, 0x38)),
        [".bmp"] = ("image/bmp", b => Starts(b, 0x42, 0x4D)),
        [".webp"] = ("image/webp", b => Starts(b, 0x52, 0x49, 0x46, 0x46) && b.Length > 12 && b.Span[8..12].SequenceEqual("WEBP"u8)),
        [".pdf"] = ("application/pdf", b => Starts(b, 0x25, 0x50, 0x44, 0x46)),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", IsZip),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", IsZip),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", IsZip),
        [".doc"] = ("application/msword", IsCompoundFile),
        [".xls"] = ("application/vnd.ms-excel", IsCompoundFile),
        [".ppt"] = ("application/vnd.ms-powerpoint", IsCompoundFile),
        // WPS Office, common in Chinese government offices, writes the same containers under its own names.
        [".wps"] = ("application/vnd.ms-works", IsCompoundFile),
        [".et"] = ("application/vnd.ms-excel", IsCompoundFile),
    };

    /// <summary>Names for the refusal message: what may be sent.</summary>
    public const string AllowedText = "图片（jpg、png、gif、bmp、webp）、PDF 或 Office 文档（doc、docx、xls、xlsx、ppt、pptx、wps）";

    public static AttachmentCheck Check(string fileName, ReadOnlyMemory<byte> content, long maxBytes)
    {
        if (content.Length == 0)
        {
            return new AttachmentCheck(AttachmentProblem.Empty, null);
        }
        if (content.Length > maxBytes)
        {
            return new AttachmentCheck(AttachmentProblem.TooLarge, null);
        }
        return Allowed.TryGetValue(Path.GetExtension(fileName), out var rule) && rule.Looks(content)
            ? new AttachmentCheck(AttachmentProblem.None, rule.Type)
            : new AttachmentCheck(AttachmentProblem.TypeNotAllowed, null);
    }

    /// <summary>A file name safe to store and show: no directories, no control characters, at most 120 characters.</summary>
    public static string CleanFileName(string? name, string fallback)
    {
        var bare = Path.GetFileName((name ?? "").Replace('\\', '/').Split('/')[^1]).Trim();
        bare = new string([.. bare.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or '*' or '?' or ':'))]);
        if (bare.Length == 0)
        {
            bare = fallback;
        }
        return bare.Length > 120 ? bare[..60] + bare[^60..] : bare;
    }

    private static bool Starts(ReadOnlyMemory<byte> b, params byte[] magic) => b.Length >= magic.Length && b.Span[..magic.Length].SequenceEqual(magic);

    private static bool IsZip(ReadOnlyMemory<byte> b) => Starts(b, 0x50, 0x4B, 0x03, 0x04);

    private static bool IsCompoundFile(ReadOnlyMemory<byte> b) => Starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
}
