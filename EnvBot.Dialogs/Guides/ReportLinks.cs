using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EnvBot.Dialogs.Guides;

/// <summary>Settings of section <c>Reports</c>: where the host is reached from chat and how download links are signed.</summary>
public sealed record ReportLinkOptions
{
    /// <summary>The host's public address (https://bot.example.gov.cn); links are relative when it is not set.</summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary>
    /// HMAC key (at least 32 characters). When not set each process draws a random one: links then stop working at a
    /// restart and on another node, which is safe but inconvenient — set it for a real deployment.
    /// </summary>
    public string? SigningKey { get; init; }

    /// <summary>How long a link sent in chat stays valid.</summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long a link to a booking's full ID number stays valid (issue 7): long enough to open it at the desk, short
    /// enough that a link left in the chat history shows nothing later.
    /// </summary>
    public TimeSpan IdNumberLifetime { get; init; } = TimeSpan.FromMinutes(5);
}

/// <summary>What a signed link is worth when it is opened.</summary>
public enum LinkCheck
{
    Valid,

    /// <summary>Issued by this host for exactly these values, but past its expiry.</summary>
    Expired,

    /// <summary>Not issued by this host for these values: tampered, forged or another viewer's.</summary>
    Invalid,
}

/// <summary>
/// Signed, expiring download links for the reports sent in chat (问题清单, 考核排名). The spreadsheets name enterprises
/// and their problems, so the endpoint serves only a link the bot itself issued to someone allowed to read it, for that
/// one report, until it expires: the chat account that asked is the authorisation, the link carries it.
/// </summary>
public sealed class ReportLinks
{
    private readonly byte[] _key;
    private readonly ReportLinkOptions _options;
    private readonly TimeProvider _time;

    public ReportLinks(ReportLinkOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _key = options.SigningKey is { Length: >= 32 } key ? Encoding.UTF8.GetBytes(key) : RandomNumberGenerator.GetBytes(32);
    }

    public const string ProblemListPath = "/api/reports/problem-list";
    public const string RankingPath = "/api/reports/ranking";
    public const string CompliancePath = "/reports/compliance";
    public const string EnterpriseFilePath = "/reports/enterprise-file";

    /// <summary>
    /// A link to an enterprise's file and account (issue 10); the value says whose view it is ("42" staff, "42-own"
    /// the enterprise's own contact, without internal lines), so an enterprise's link cannot be turned into the staff view.
    /// </summary>
    public string EnterpriseFile(int enterpriseId, bool forEnterprise) =>
        Link(EnterpriseFilePath, "id", string.Create(CultureInfo.InvariantCulture, $"{enterpriseId}{(forEnterprise ? "-own" : "")}"));

    /// <summary>A link to a month's compliance page ("2026-11").</summary>
    public string Compliance(int year, int month) => Link(CompliancePath, "month", string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}"));

    /// <summary>A link to the week's 问题清单 (<paramref name="monday"/> names the week).</summary>
    public string ProblemList(DateOnly monday) => Link(ProblemListPath, "week", monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A link to a month's ranking ("2026-11").</summary>
    public string Ranking(int year, int month) => Link(RankingPath, "month", string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}"));

    // Issue 10: files sent with rectification answers, and the two exports leaders ask for in chat.
    public const string AttachmentPath = "/api/attachments";
    public const string PairingListPath = "/api/reports/pairing-list";
    public const string MonthlySummaryPath = "/api/reports/monthly-summary";

    /// <summary>A link to one stored file (the guide's, the block lead's, enforcement's view of the proof).</summary>
    public string Attachment(int id) => Link(AttachmentPath, "id", id.ToString(CultureInfo.InvariantCulture));

    /// <summary>A link to today's 结对服务企业清单 (<paramref name="day"/> names the day it was asked for).</summary>
    public string PairingList(DateOnly day) => Link(PairingListPath, "day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A link to a month's summary ("2026-11").</summary>
    public string MonthlySummary(int year, int month) => Link(MonthlySummaryPath, "month", string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}"));

    /// <summary>
    /// The file id of an attachment link this host issued and that is still valid (absolute or relative), else null:
    /// a file uploaded through Direct Line comes back to the bot as such a link in the activity's contentUrl.
    /// </summary>
    public int? AttachmentIdOf(string? url)
    {
        if (string.IsNullOrEmpty(url) || !Uri.TryCreate(new Uri("http://local"), url, out var uri) || uri.AbsolutePath != AttachmentPath)
        {
            return null;
        }
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        return int.TryParse(query["id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && long.TryParse(query["expires"], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && IsValid(AttachmentPath, query["id"]!, expires, query["sig"])
            ? id : null;
    }

    public const string IdNumberPath = "/reports/id-number";

    /// <summary>
    /// A short-lived link to one booking's full ID number for one 综合处 viewer (DOMAIN.md §1: only 综合处 sees it
    /// unmasked, and the access is recorded). The number is never in the link or the chat: the page shows it and
    /// records the access each time it is opened. The booking, the viewer and the purpose are all signed, so a link
    /// cannot be turned into another booking's, another person's or another purpose's.
    /// </summary>
    public string IdNumber(int bookingId, int viewerPersonId, string purpose)
    {
        var expires = (_time.GetUtcNow() + _options.IdNumberLifetime).ToUnixTimeSeconds();
        var sig = Sign(IdNumberPath, IdNumberValue(bookingId, viewerPersonId, purpose), expires);
        return (_options.PublicBaseUrl?.TrimEnd('/') ?? "") + string.Create(CultureInfo.InvariantCulture,
            $"{IdNumberPath}?booking={bookingId}&viewer={viewerPersonId}&purpose={Uri.EscapeDataString(purpose)}&expires={expires}&sig={sig}");
    }

    /// <summary>The signed value of an <see cref="IdNumber"/> link.</summary>
    public static string IdNumberValue(int bookingId, int viewerPersonId, string purpose) =>
        string.Create(CultureInfo.InvariantCulture, $"{bookingId}\n{viewerPersonId}\n{purpose}");

    /// <summary>True when <paramref name="signature"/> was issued for this path and value and has not expired.</summary>
    public bool IsValid(string path, string value, long expires, string? signature) => Check(path, value, expires, signature) == LinkCheck.Valid;

    /// <summary>
    /// Like <see cref="IsValid"/>, but tells an expired link (the signature is right) from one this host never issued,
    /// so the page can say "expired, ask again" rather than "not allowed". The signature is checked first: a forged
    /// link is never reported as merely expired.
    /// </summary>
    public LinkCheck Check(string path, string value, long expires, string? signature)
    {
        if (signature is null)
        {
            return LinkCheck.Invalid;
        }
        var expected = Sign(path, value, expires);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)))
        {
            return LinkCheck.Invalid;
        }
        return _time.GetUtcNow().ToUnixTimeSeconds() > expires ? LinkCheck.Expired : LinkCheck.Valid;
    }

    private string Link(string path, string name, string value)
    {
        var expires = (_time.GetUtcNow() + _options.Lifetime).ToUnixTimeSeconds();
        var query = string.Create(CultureInfo.InvariantCulture, $"{path}?{name}={value}&expires={expires}&sig={Sign(path, value, expires)}");
        return (_options.PublicBaseUrl?.TrimEnd('/') ?? "") + query;
    }

    private string Sign(string path, string value, long expires)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{path}\n{value}\n{expires}")));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
