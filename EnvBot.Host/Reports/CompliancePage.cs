using System.Globalization;
using EnvBot.Data.Guides;
using static EnvBot.Host.Reports.HtmlPage;

namespace EnvBot.Host.Reports;

/// <summary>
/// The month's compliance as a small server-rendered page (issue 8: "pictures where people would rather look than
/// read"): a bar per judged week with the contacts recorded, a rate bar per block, and the guides' table, lowest rate
/// first. Plain HTML and inline SVG: no script, nothing fetched from elsewhere.
/// </summary>
public static class CompliancePage
{
    public static string Render(ComplianceReport report)
    {
        var b = HtmlPage.Start(string.Create(CultureInfo.InvariantCulture, $"{report.Year}年{report.Month}月 指导员服务频次达标情况"));

        b.Append("<h2>每周服务记录数</h2>");
        var max = Math.Max(1, report.Weeks.Count == 0 ? 1 : report.Weeks.Max(w => w.Contacts));
        const int barWidth = 80, height = 160;
        b.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-label=\"每周服务记录数\" width=\"{report.Weeks.Count * (barWidth + 20) + 20}\" height=\"{height + 40}\">");
        for (var i = 0; i < report.Weeks.Count; i++)
        {
            var (week, contacts) = report.Weeks[i];
            var h = (int)Math.Round((double)contacts / max * height);
            var x = 20 + i * (barWidth + 20);
            b.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{height - h + 10}\" width=\"{barWidth}\" height=\"{h}\" fill=\"#2e7d32\"><title>{contacts}</title></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + barWidth / 2}\" y=\"{height - h + 5}\" text-anchor=\"middle\" font-size=\"12\">{contacts}</text>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + barWidth / 2}\" y=\"{height + 28}\" text-anchor=\"middle\" font-size=\"12\">{week.First:M月d日}周</text>");
        }
        b.Append("</svg>");

        b.Append("<h2>各区块达标率</h2><svg role=\"img\" aria-label=\"各区块达标率\" width=\"520\" height=\"").Append(report.Blocks.Count * 28 + 10).Append("\">");
        for (var i = 0; i < report.Blocks.Count; i++)
        {
            var (block, required, met) = report.Blocks[i];
            var rate = ComplianceReport.Rate(required, met);
            var y = 5 + i * 28;
            b.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 15}\" font-size=\"13\">{E(block)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"120\" y=\"{y}\" width=\"300\" height=\"20\" fill=\"#eee\"/><rect x=\"120\" y=\"{y}\" width=\"{(int)(300 * rate)}\" height=\"20\" fill=\"{(rate >= 1 ? "#2e7d32" : rate >= 0.8 ? "#f9a825" : "#c62828")}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"430\" y=\"{y + 15}\" font-size=\"13\">{Percent(rate)}（{met}/{required}）</text>");
        }
        b.Append("</svg>");

        b.Append("<h2>指导员</h2><table><tr><th>指导员</th><th>完成/应完成</th><th>达标率</th></tr>");
        foreach (var (guide, required, met) in report.Guides)
        {
            b.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(guide)}</td><td>{met}/{required}</td><td>{Percent(ComplianceReport.Rate(required, met))}</td></tr>");
        }
        b.Append("</table><p>规则：每周至少一次电话沟通、每月至少一次现场走访（十百千联络员每月至少一次主动服务）；按周四所在月份计周，整周放假不计。</p></body></html>");
        return b.ToString();
    }

    private static string Percent(double rate) => (rate * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

}
