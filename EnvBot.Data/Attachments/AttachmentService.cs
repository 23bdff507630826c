using System.Security.Cryptography;
using EnvBot.Data.Domain.Attachments;
using EnvBot.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Attachments;

/// <summary>
/// Files sent in chat (issue 10): checked (<see cref="AttachmentRules"/>), stored in the database, linked to the
/// rectification item the enterprise answers and so to its ledger matter, and read back for a signed download.
/// </summary>
public sealed class AttachmentService(IEnvBotDbContextFactory contexts, AttachmentOptions options, TimeProvider time)
{
    public AttachmentOptions Options => options;

    public AttachmentCheck Check(string? fileName, byte[] content) => AttachmentRules.Check(fileName ?? "", content, options.MaxBytes);

    /// <summary>Stores a file that passed <see cref="Check"/>; returns it without re-reading the content.</summary>
    public async Task<StoredAttachment> SaveAsync(NewAttachment file, string contentType, CancellationToken cancellationToken)
    {
        var stored = new StoredAttachment
        {
            EnterpriseId = file.EnterpriseId,
            ChannelId = file.ChannelId,
            UserId = file.UserId,
            ConversationId = file.ConversationId,
            FileName = AttachmentRules.CleanFileName(file.FileName, "附件"),
            ContentType = contentType,
            Size = file.Content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)),
            Content = file.Content,
            UploadedAt = time.GetUtcNow(),
        };
        await using var db = contexts.CreateDbContext();
        db.Attachments.Add(stored);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>
    /// The sender's enterprise claims files it uploaded (through Direct Line, before the bot knew who sent them): only
    /// files of this very chat account, not yet linked. Returns the ids claimed.
    /// </summary>
    public async Task<IReadOnlyList<int>> ClaimAsync(IReadOnlyCollection<int> ids, string channelId, string userId, int? enterpriseId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var files = await db.Attachments.Where(a => ids.Contains(a.Id) && a.ChannelId == channelId && a.UserId == userId && a.RectificationItemId == null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var f in files)
        {
            f.EnterpriseId ??= enterpriseId;
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return [.. files.Where(f => f.EnterpriseId == enterpriseId).Select(f => f.Id).Order()];
    }

    /// <summary>
    /// Files this chat account sent in the last <paramref name="within"/> that no answer took yet (a photo sent alone,
    /// then "整改回复 2 …"): the next answer takes them.
    /// </summary>
    public async Task<IReadOnlyList<int>> PendingAsync(string channelId, string userId, int enterpriseId, TimeSpan within, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var files = await db.Attachments.AsNoTracking().Where(a => a.ChannelId == channelId && a.UserId == userId && a.EnterpriseId == enterpriseId && a.RectificationItemId == null)
            .Select(a => new { a.Id, a.UploadedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var since = time.GetUtcNow() - within;
        return [.. files.Where(f => f.UploadedAt >= since).Select(f => f.Id).Order()];
    }

    /// <summary>The file with its content, or null.</summary>
    public async Task<StoredAttachment?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What is linked to these items, without content, in the order sent.</summary>
    public async Task<IReadOnlyList<AttachmentInfo>> ForItemsAsync(IReadOnlyCollection<int> itemIds, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Attachments.AsNoTracking().Where(a => a.RectificationItemId != null && itemIds.Contains(a.RectificationItemId.Value)).OrderBy(a => a.Id)
            .Select(a => new AttachmentInfo(a.Id, a.RectificationItemId, a.FileName, a.ContentType, a.Size, a.UploadedAt)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Links files to a rectification item and its matter, in the caller's context (the answer and its proof are saved
    /// together). Only files the same enterprise sent and not yet linked elsewhere: an id from another chat links nothing.
    /// </summary>
    public static async Task<int> LinkInAsync(EnvBotDbContext db, IReadOnlyCollection<int> attachmentIds, int enterpriseId, int itemId, int matterId, CancellationToken cancellationToken)
    {
        if (attachmentIds.Count == 0)
        {
            return 0;
        }
        var files = await db.Attachments.Where(a => attachmentIds.Contains(a.Id) && a.EnterpriseId == enterpriseId && a.RectificationItemId == null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var f in files)
        {
            f.RectificationItemId = itemId;
            f.MatterId = matterId;
        }
        return files.Count;
    }
}
