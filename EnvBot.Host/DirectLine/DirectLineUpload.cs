using System.Text.Json;
using EnvBot.Data.Attachments;
using EnvBot.Data.Persistence.Storage;
using EnvBot.Dialogs.Attachments;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Guides;
using EnvBot.Host.Protocol;
using Microsoft.AspNetCore.Http.Features;

namespace EnvBot.Host.DirectLine;

/// <summary>
/// <c>POST /v3/directline/conversations/{id}/upload?userId=…</c> (BOTFRAMEWORK.md §5.1): what DirectLineJS calls for a
/// message with attachments and Web Chat's upload button uses. multipart/form-data with file parts and an optional part
/// of type <c>application/vnd.microsoft.activity</c>, or one raw file. Every file is checked first (issue 10: photos,
/// PDF, Office; a size limit); if any is refused nothing is stored, the client gets a 4xx and the chat a message in
/// Chinese saying which file and why. Otherwise the files are stored and the activity goes to the bot with each file
/// as a signed link in contentUrl, which the bot recognises as already stored and the web chat can show.
/// </summary>
public static class DirectLineUpload
{
    public const string ActivityContentType = "application/vnd.microsoft.activity";

    public static async Task<IResult> UploadAsync(HttpContext http, string conversationId, string? userId, DirectLineTokens tokens, DirectLineStore store,
        DirectLineTurns turns, DirectLineConversations conversations, AttachmentService attachments, ReportLinks links, RateLimiting.ConversationRateLimiter conversationLimits)
    {
        var (failure, caller) = await DirectLineApi.AuthorizeConversationAsync(http, tokens, store, conversationId).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }
        if (conversationLimits.TryAcquire("directline", conversationId) is { Allowed: false } limited)
        {
            return RateLimiting.ConversationRateLimiter.TooMany(http, limited.RetryAfter);
        }
        var options = attachments.Options;
        var limit = options.MaxBytes * options.MaxFiles + DirectLineChannel.MaxActivityBytes + 64 * 1024;
        if (http.Request.ContentLength > limit)
        {
            return DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The upload is too large.");
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            // The host's 4 MB request limit is for activities; a phone photo may be larger, up to Attachments:MaxBytes.
            size.MaxRequestBodySize = limit;
        }

        Activity? activity = null;
        var files = new List<(string? Name, byte[] Content)>();
        try
        {
            if (http.Request.HasFormContentType)
            {
                var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
                foreach (var part in form.Files)
                {
                    if (IsActivityPart(part.ContentType))
                    {
                        if (part.Length > DirectLineChannel.MaxActivityBytes)
                        {
                            return DirectLineErrors.TooLarge();
                        }
                        await using var s = part.OpenReadStream();
                        activity = await JsonSerializer.DeserializeAsync(s, BotJson.Context.Activity, http.RequestAborted).ConfigureAwait(false);
                        continue;
                    }
                    files.Add((part.FileName, await ReadAsync(part.OpenReadStream(), options.MaxBytes, http.RequestAborted).ConfigureAwait(false)));
                }
            }
            else
            {
                var name = Microsoft.Net.Http.Headers.ContentDispositionHeaderValue.TryParse(http.Request.Headers.ContentDisposition.ToString(), out var cd)
                    ? (cd.FileNameStar.HasValue ? cd.FileNameStar.Value : cd.FileName.Value)?.Trim('"') : null;
                files.Add((name, await ReadAsync(http.Request.Body, options.MaxBytes, http.RequestAborted).ConfigureAwait(false)));
            }
        }
        catch (JsonException)
        {
            return DirectLineErrors.BadArgument("The activity part is not an activity.");
        }
        catch (InvalidDataException)
        {
            return DirectLineErrors.BadArgument("The multipart body could not be read.");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The upload is too large.");
        }

        activity ??= new Activity { Type = ActivityTypes.Message };
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            activity.Type = ActivityTypes.Message;
        }
        var fromId = caller.Token?.UserId ?? (string.IsNullOrWhiteSpace(activity.From?.Id) ? userId : activity.From.Id);
        if (string.IsNullOrWhiteSpace(fromId))
        {
            return DirectLineErrors.Error(StatusCodes.Status400BadRequest, "MissingProperty", "userId is required.");
        }
        activity.From = new ChannelAccount { Id = fromId, Name = activity.From?.Name, Role = "user" };
        if (files.Count == 0)
        {
            return DirectLineErrors.BadArgument("The upload holds no file.");
        }

        // All or nothing: a message is stored with all its files or not at all, and the chat says why.
        var refused = new List<string>();
        var tooLarge = false;
        var accepted = new List<(string Name, byte[] Content, string Type)>();
        foreach (var (name, content) in files.Select((f, i) => (Data.Domain.Attachments.AttachmentRules.CleanFileName(f.Name, $"附件{i + 1}"), f.Content)))
        {
            if (accepted.Count + refused.Count >= options.MaxFiles)
            {
                refused.Add(AttachmentReplies.TooMany(name, options.MaxFiles));
                continue;
            }
            var check = attachments.Check(name, content);
            if (check.Allowed)
            {
                accepted.Add((name, content, check.ContentType!));
            }
            else
            {
                tooLarge |= check.Problem == Data.Domain.Attachments.AttachmentProblem.TooLarge;
                refused.Add(AttachmentReplies.Refused(name, check.Problem, options.MaxBytes));
            }
        }
        if (refused.Count > 0)
        {
            var text = string.Join("\n", refused) + (accepted.Count > 0 ? "\n本条消息未发送，请去掉上述附件后重新发送。" : "");
            await conversations.AppendAsync(conversationId, new Activity
            {
                Type = ActivityTypes.Message,
                ChannelId = Channels.DirectLine,
                Conversation = new ConversationAccount { Id = conversationId },
                From = DirectLineChannel.Bot(),
                Recipient = activity.From,
                Text = text,
            }, http.RequestAborted).ConfigureAwait(false);
            return tooLarge
                ? DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", text)
                : DirectLineErrors.Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument", text);
        }

        var sent = new List<Attachment>();
        foreach (var (name, content, type) in accepted)
        {
            var stored = await attachments.SaveAsync(new NewAttachment(null, Channels.DirectLine, fromId, conversationId, name, content), type, http.RequestAborted).ConfigureAwait(false);
            sent.Add(new Attachment { ContentType = stored.ContentType, ContentUrl = links.Attachment(stored.Id), Name = stored.FileName });
        }
        activity.Attachments = sent;
        var (id, botFailed) = await turns.PostAsync(conversationId, activity, http.RequestAborted).ConfigureAwait(false);
        return botFailed ? DirectLineErrors.BotRejected() : Results.Json(new { id });
    }

    private static bool IsActivityPart(string? contentType) =>
        contentType?.StartsWith(ActivityContentType, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Reads at most <paramref name="max"/> + 1 bytes: one more than allowed is enough to refuse it as too large.</summary>
    private static async Task<byte[]> ReadAsync(Stream stream, long max, CancellationToken cancellationToken)
    {
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > max)
                {
                    break;
                }
            }
            return buffer.ToArray();
        }
    }
}
