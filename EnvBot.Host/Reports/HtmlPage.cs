using System.Net;
using System.Text;

namespace EnvBot.Host.Reports;

/// <summary>
/// The frame the server-rendered pages share: Chinese, plain HTML, one small stylesheet, nothing fetched from elsewhere,
/// and every value HTML-encoded.
/// </summary>
internal static class HtmlPage
{
    public const string ContentType = "text/html; charset=utf-8";

    private const string Style = "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}"
        + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}th{background:#f3f3f3}";

    /// <summary>Doctype, head with the title and the shared style plus <paramref name="css"/>, and the page's heading.</summary>
    public static StringBuilder Start(string title, string css = "", bool noIndex = false) => new StringBuilder()
        .Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .Append(noIndex ? "<meta name=\"robots\" content=\"noindex\">" : "")
        .Append("<title>").Append(E(title)).Append("</title><style>").Append(Style).Append(css).Append("</style></head><body>")
        .Append("<h1>").Append(E(title)).Append("</h1>");

    public static string End(StringBuilder page) => page.Append("</body></html>").ToString();

    /// <summary>A table row: the field as header cell, the value as data cell.</summary>
    public static StringBuilder Row(StringBuilder page, string field, string value) =>
        page.Append("<tr><th>").Append(E(field)).Append("</th><td>").Append(E(value)).Append("</td></tr>");

    public static string E(string text) => WebUtility.HtmlEncode(text);
}
