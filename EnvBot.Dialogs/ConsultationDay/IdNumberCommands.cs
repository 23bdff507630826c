using System.Globalization;
using System.Text.RegularExpressions;
using EnvBot.Data.ConsultationDay;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Guides;
using EnvBot.Dialogs.Identity;

namespace EnvBot.Dialogs.ConsultationDay;

/// <summary>
/// 查看证件 12 [用途] (DOMAIN.md §1, issue 7: "only the general department sees it unmasked, and that access is
/// recorded"). The reply is a short-lived signed link bound to the asker and the booking, never the number: a chat
/// transcript, the bot's state and the logs keep only the masked form. Opening the link shows the number and records
/// the access (<see cref="BookingService.RevealIdNumberAsync"/>), each time. Who may ask is in CommandPolicies.
/// </summary>
public sealed partial class IdNumberCommands(BookingService bookings, ReportLinks links, ReportLinkOptions options)
{
    public async Task<string> RevealAsync(string argument, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (Read(argument) is not { } read || turnContext.Identity().PersonId is not { } viewer)
        {
            return IdNumberReplies.Usage;
        }
        var (bookingId, purpose) = read;
        if (await bookings.FindAsync(bookingId, cancellationToken).ConfigureAwait(false) is not { } booking)
        {
            return IdNumberReplies.NotFound(bookingId);
        }
        return IdNumberReplies.Link(booking, purpose, links.IdNumber(booking.Id, viewer, purpose), options.IdNumberLifetime);
    }

    /// <summary>
    /// "12", "#12", "编号12", "12 核对报名信息": the booking number and the purpose, which defaults to the usual one so a
    /// clerk at the desk types only the number. Null when there is no number.
    /// </summary>
    public static (int BookingId, string Purpose)? Read(string argument)
    {
        var m = Argument().Match(argument);
        if (!m.Success || !int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return null;
        }
        var purpose = Whitespace().Replace(m.Groups[2].Value, " ").Trim(' ', ',', '，', ':', '：', '。', '；', ';');
        if (purpose.StartsWith("用途", StringComparison.Ordinal))
        {
            purpose = purpose[2..].TrimStart(' ', ':', '：');
        }
        if (purpose.Length > IdNumberReplies.MaxPurposeLength)
        {
            purpose = purpose[..IdNumberReplies.MaxPurposeLength];
        }
        return (id, purpose.Length == 0 ? IdNumberReplies.DefaultPurpose : purpose);
    }

    [GeneratedRegex(@"^\s*(?:编号|预约)?\s*[#＃]?\s*(\d{1,9})(?!\d)\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex Argument();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
