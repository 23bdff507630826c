using System.Globalization;
using EnvBot.Data.Attachments;
using EnvBot.Dialogs.Guides;

namespace EnvBot.Host.Attachments;

/// <summary>
/// <c>GET /api/attachments?id=…&amp;expires=…&amp;sig=…</c>: a stored file, for a link the bot issued (to the guide with
/// the answer, to enforcement with the record, to the sender's own web chat). Anything else is 404 (<see cref="ReportLinks"/>).
/// </summary>
public static class AttachmentsApi
{
    public static IEndpointRouteBuilder MapAttachmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(ReportLinks.AttachmentPath, async (HttpContext http, string? id, long? expires, string? sig, ReportLinks links, AttachmentService attachments, CancellationToken cancellationToken) =>
        {
            if (id is null || expires is null || !links.IsValid(ReportLinks.AttachmentPath, id, expires.Value, sig)
                || !int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var fileId)
                || await attachments.FindAsync(fileId, cancellationToken).ConfigureAwait(false) is not { } file)
            {
                return Results.NotFound();
            }
            // The type is the one the rules decided from the content, never the sender's claim; no sniffing on top.
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(file.Content, file.ContentType, file.FileName);
        });
        return app;
    }
}
