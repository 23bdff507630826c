using System.Globalization;
using System.Text;
using EnvBot.Data.ConsultationDay;
using EnvBot.Data.Domain.ConsultationDay;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Identity;
using EnvBot.Dialogs.ConsultationDay;
using EnvBot.Dialogs.Guides;
using static EnvBot.Host.Reports.HtmlPage;

namespace EnvBot.Host.Reports;

/// <summary>
/// <c>GET /reports/id-number?booking=…&amp;viewer=…&amp;purpose=…&amp;expires=…&amp;sig=…</c>: one booking's full ID
/// number for the 综合处 member the link was issued to in chat (DOMAIN.md §1: "only the general department sees it
/// unmasked, and that access is recorded"). Every successful open writes a <c>personal_data_access</c> row. The
/// response is never stored (<c>Cache-Control: no-store</c>) and nothing here logs the number: the request line holds
/// only the booking and viewer ids. A link this host did not issue, or issued to another viewer, is 403; an expired one
/// 410; each with a Chinese page, never an exception page.
/// </summary>
public static class IdNumberPage
{
    public static IEndpointRouteBuilder MapIdNumberPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(ReportLinks.IdNumberPath, async (HttpContext http, string? booking, string? viewer, string? purpose, string? expires, string? sig,
            ReportLinks links, IdentityService identities, BookingService bookings, CancellationToken cancellationToken) =>
        {
            // Set first so refusals (which name no one) are not kept either, and the page is not sent on as a referrer.
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers.Pragma = "no-cache";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
            http.Response.Headers.XContentTypeOptions = "nosniff";

            if (!TryId(booking, out var bookingId) || !TryId(viewer, out var viewerId) || purpose is null
                || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt))
            {
                return Refusal(StatusCodes.Status403Forbidden, IdNumberReplies.ForbiddenTitle, IdNumberReplies.Forbidden);
            }
            switch (links.Check(ReportLinks.IdNumberPath, ReportLinks.IdNumberValue(bookingId, viewerId, purpose), expiresAt, sig))
            {
                case LinkCheck.Invalid:
                    return Refusal(StatusCodes.Status403Forbidden, IdNumberReplies.ForbiddenTitle, IdNumberReplies.Forbidden);
                case LinkCheck.Expired:
                    return Refusal(StatusCodes.Status410Gone, IdNumberReplies.ExpiredTitle, IdNumberReplies.Expired);
            }
            // The role is read again now: a link issued before the viewer left 综合处 shows nothing.
            var identity = await identities.PersonAsync(viewerId, cancellationToken).ConfigureAwait(false);
            if (!identity.Has(Role.GeneralReviewer))
            {
                return Refusal(StatusCodes.Status403Forbidden, IdNumberReplies.ForbiddenTitle, IdNumberReplies.NoLongerReviewer);
            }
            if (await bookings.FindAsync(bookingId, cancellationToken).ConfigureAwait(false) is not { } found)
            {
                return Refusal(StatusCodes.Status404NotFound, IdNumberReplies.BookingGoneTitle, IdNumberReplies.BookingGone);
            }
            string? idNumber;
            try
            {
                idNumber = await bookings.RevealIdNumberAsync(bookingId, identity, purpose, cancellationToken).ConfigureAwait(false);
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                // The data-protection keys that sealed it are gone (another node, a lost key ring): say so, show nothing.
                return Refusal(StatusCodes.Status500InternalServerError, IdNumberReplies.UnreadableTitle, IdNumberReplies.Unreadable);
            }
            if (idNumber is null)
            {
                return Refusal(StatusCodes.Status404NotFound, IdNumberReplies.BookingGoneTitle, IdNumberReplies.BookingGone);
            }
            return Results.Content(Render(found, idNumber, identity.PersonName ?? "", purpose), ContentType, Encoding.UTF8, StatusCodes.Status200OK);
        });
        return app;
    }

    public static string Render(Booking booking, string idNumber, string viewerName, string purpose)
    {
        var b = Start(IdNumberReplies.PageTitle, PageStyle, noIndex: true)
            .Append("<p class=\"notice\">").Append(E(IdNumberReplies.PageNotice)).Append("</p><table>");
        Row(b, "预约编号", booking.Id.ToString(CultureInfo.InvariantCulture));
        Row(b, "咨询日", BookingReplies.Date(booking.SessionDate));
        Row(b, "状态", BookingReplies.Status(booking.Status));
        Row(b, "企业名称", booking.EnterpriseName);
        Row(b, "统一社会信用代码", booking.CreditCode);
        Row(b, "联系人", booking.ContactName);
        b.Append("<tr><th>身份证号码</th><td class=\"id\">").Append(E(idNumber)).Append("</td></tr>");
        Row(b, "联系电话", booking.Phone);
        Row(b, "查阅人", viewerName);
        Row(b, "查阅用途", purpose);
        return End(b.Append("</table>"));
    }

    private static IResult Refusal(int status, string title, string message)
    {
        var page = Start(title, PageStyle, noIndex: true).Append("<p>").Append(E(message)).Append("</p>");
        return Results.Content(End(page), ContentType, Encoding.UTF8, status);
    }

    private const string PageStyle = "body{max-width:40em}.id{font-family:monospace;font-size:1.4em;letter-spacing:.05em}.notice{color:#8a1c1c}";

    private static bool TryId(string? text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
}
