namespace EnvBot.Dialogs.Attachments;

/// <summary>
/// Fetches a file a channel sent by URL (an activity's attachment contentUrl on /api/messages). The host implements it
/// over HTTP; it stops reading past <c>maxBytes</c> so a huge file costs nothing.
/// </summary>
public interface IAttachmentDownloader
{
    /// <returns>The bytes; null when it could not be fetched; <c>TooLarge</c> when it passed the limit.</returns>
    Task<(byte[]? Content, bool TooLarge)> DownloadAsync(Uri url, long maxBytes, CancellationToken cancellationToken);
}
