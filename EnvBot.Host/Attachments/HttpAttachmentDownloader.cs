using EnvBot.Dialogs.Attachments;

namespace EnvBot.Host.Attachments;

/// <summary>
/// Fetches a file a channel sent by URL on /api/messages, reading at most the size limit plus one byte. The activity
/// was authenticated, so the URL came from the channel, not from a stranger.
/// </summary>
public sealed class HttpAttachmentDownloader(IHttpClientFactory clients, ILogger<HttpAttachmentDownloader> logger) : IAttachmentDownloader
{
    public const string ClientName = "attachments";

    public async Task<(byte[]? Content, bool TooLarge)> DownloadAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Attachment download answered {Status}", (int)response.StatusCode);
                return (null, false);
            }
            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return (null, true);
            }
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    return (null, true);
                }
            }
            return (buffer.ToArray(), false);
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning("Attachment download failed: {ExceptionType}", ex.GetType().Name);
            return (null, false);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, false);
        }
    }
}
