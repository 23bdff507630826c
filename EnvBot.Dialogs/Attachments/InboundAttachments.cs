using EnvBot.Data.Attachments;
using EnvBot.Data.Domain.Attachments;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Guides;

namespace EnvBot.Dialogs.Attachments;

/// <summary>
/// Takes the files of an incoming message (issue 10): a file uploaded through EnvBot's own Direct Line arrives already
/// stored, as a signed link in contentUrl, and is claimed for the sender; a file another channel sends by URL (or as a
/// data: URI) is fetched, checked against <see cref="AttachmentRules"/> and stored. Cards and Teams' text/html copy of
/// the message are not files and are skipped.
/// </summary>
public sealed class InboundAttachments(AttachmentService attachments, ReportLinks links, IAttachmentDownloader downloader)
{
    public static bool HasFiles(Activity activity) => activity.Attachments?.Any(IsFile) == true;

    public async Task<ReceivedFiles> ReceiveAsync(Activity activity, int? enterpriseId, CancellationToken cancellationToken)
    {
        var files = activity.Attachments?.Where(IsFile).ToList() ?? [];
        if (files.Count == 0)
        {
            return ReceivedFiles.None;
        }
        var stored = new List<(int, string)>();
        var refused = new List<string>();
        var channelId = activity.ChannelId ?? "";
        var userId = activity.From?.Id ?? "";
        foreach (var (file, index) in files.Select((f, i) => (f, i)))
        {
            var name = AttachmentRules.CleanFileName(file.Name, $"附件{index + 1}");
            if (index >= attachments.Options.MaxFiles)
            {
                refused.Add(AttachmentReplies.TooMany(name, attachments.Options.MaxFiles));
                continue;
            }
            if (links.AttachmentIdOf(file.ContentUrl) is { } id)
            {
                var claimed = await attachments.ClaimAsync([id], channelId, userId, enterpriseId, cancellationToken).ConfigureAwait(false);
                if (claimed.Count == 1)
                {
                    stored.Add((id, name));
                }
                continue;
            }
            var (content, tooLarge) = await FetchAsync(file.ContentUrl!, cancellationToken).ConfigureAwait(false);
            if (tooLarge)
            {
                refused.Add(AttachmentReplies.Refused(name, AttachmentProblem.TooLarge, attachments.Options.MaxBytes));
                continue;
            }
            if (content is null)
            {
                refused.Add(AttachmentReplies.NotFetched(name));
                continue;
            }
            var check = attachments.Check(name, content);
            if (!check.Allowed)
            {
                refused.Add(AttachmentReplies.Refused(name, check.Problem, attachments.Options.MaxBytes));
                continue;
            }
            var saved = await attachments.SaveAsync(new NewAttachment(enterpriseId, channelId, userId, activity.Conversation?.Id, name, content), check.ContentType!, cancellationToken).ConfigureAwait(false);
            stored.Add((saved.Id, saved.FileName));
        }
        return new ReceivedFiles(stored, refused);
    }

    private async Task<(byte[]? Content, bool TooLarge)> FetchAsync(string url, CancellationToken cancellationToken)
    {
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            // data:[<type>][;base64],<data> (BOTFRAMEWORK.md §1.5: contentUrl may be a data URI).
            var comma = url.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0 || !url[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            {
                return (null, false);
            }
            var payload = url[(comma + 1)..];
            if (payload.Length / 4L * 3 > attachments.Options.MaxBytes + 3)
            {
                return (null, true);
            }
            try
            {
                return (Convert.FromBase64String(payload), false);
            }
            catch (FormatException)
            {
                return (null, false);
            }
        }
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? await downloader.DownloadAsync(uri, attachments.Options.MaxBytes, cancellationToken).ConfigureAwait(false)
            : (null, false);
    }

    private static bool IsFile(Attachment a) =>
        !string.IsNullOrEmpty(a.ContentUrl) && a.ContentType?.StartsWith("application/vnd.microsoft.card", StringComparison.OrdinalIgnoreCase) != true;
}
