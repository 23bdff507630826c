using System.Globalization;
using EnvBot.Data.EnterpriseFiles;
using EnvBot.Dialogs.EnterpriseFile;
using static EnvBot.Host.Reports.HtmlPage;

namespace EnvBot.Host.Reports;

/// <summary>
/// The enterprise's file and account as a server-rendered page (issue 10: "a server-rendered page shows the same with
/// a timeline"): the file's current parts, then every record of the account on a vertical timeline, and the file's
/// change history (who, when). Plain HTML: no script, nothing fetched from elsewhere.
/// </summary>
public static class EnterpriseFilePage
{
    public static string Render(string enterpriseName, Data.Domain.EnterpriseFiles.EnterpriseFile file, IReadOnlyList<TimelineEntry> timeline, bool forEnterprise)
    {
        var b = Start(enterpriseName + " 一企一档",
            "body{max-width:60em}ol.timeline{list-style:none;border-left:3px solid #2e7d32;padding-left:1em}ol.timeline li{margin:0 0 .8em;position:relative}"
            + "ol.timeline li::before{content:'';position:absolute;left:-1.45em;top:.35em;width:.7em;height:.7em;border-radius:50%;background:#2e7d32}"
            + ".when{color:#555;font-size:.9em}.src{font-weight:bold}");

        b.Append("<h2>档案</h2>");
        var lines = EnterpriseFileReplies.Lines(file, forEnterprise);
        if (lines.Count == 0)
        {
            b.Append("<p>").Append(E(EnterpriseFileReplies.EmptyFile)).Append("</p>");
        }
        else
        {
            b.Append("<table><tr><th>项目</th><th>内容</th></tr>");
            foreach (var (field, value) in lines)
            {
                b.Append("<tr><td>").Append(E(field)).Append("</td><td>").Append(E(value)).Append("</td></tr>");
            }
            b.Append("</table>");
        }

        b.Append("<h2>台账时间线（一企一账）</h2>");
        if (timeline.Count == 0)
        {
            b.Append("<p>").Append(E(EnterpriseFileReplies.EmptyTimeline)).Append("</p>");
        }
        else
        {
            b.Append("<ol class=\"timeline\">");
            foreach (var e in timeline)
            {
                var at = Data.Time.BureauTime.ToBureau(e.At);
                b.Append("<li><div class=\"when\">").Append(E(at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))).Append("</div><div>")
                    .Append("<span class=\"src\">").Append(E(EnterpriseFileReplies.SourceName(e.Source))).Append("</span> ")
                    .Append(E(EnterpriseFileReplies.TimelineLine(e)[(at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).Length + 1)..])).Append("</div></li>");
            }
            b.Append("</ol>");
        }

        b.Append("<h2>档案修改记录</h2><table><tr><th>时间</th><th>项目</th><th>内容</th><th>填写人</th></tr>");
        foreach (var h in file.History.Where(h => !forEnterprise || h.Field != Data.Domain.EnterpriseFiles.EnterpriseFileField.InternalNote))
        {
            b.Append("<tr><td>").Append(E(Data.Time.BureauTime.ToBureau(h.RecordedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)))
                .Append("</td><td>").Append(E(EnterpriseFileReplies.FieldName(h.Field)))
                .Append("</td><td>").Append(E(h.Value))
                .Append("</td><td>").Append(E(h.RecordedByName)).Append("</td></tr>");
        }
        return End(b.Append("</table>"));
    }
}
