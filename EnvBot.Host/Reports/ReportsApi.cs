using System.Globalization;
using EnvBot.Data.Exports;
using EnvBot.Data.EnterpriseFiles;
using EnvBot.Data.Guides;
using EnvBot.Dialogs.Guides;

namespace EnvBot.Host.Reports;

/// <summary>
/// Spreadsheet downloads of the reports sent in chat. No account system sits in front of the host, so a download is
/// authorised by the link the bot issued in chat to someone whose role may read the report (<see cref="ReportLinks"/>:
/// HMAC over path, value and expiry); anything else is 404, so the endpoint does not even confirm a report exists.
/// </summary>
public static class ReportsApi
{
    internal const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        // GET /api/reports/problem-list?week=2026-11-23&expires=…&sig=…
        app.MapGet(ReportLinks.ProblemListPath, async (string? week, long? expires, string? sig, ReportLinks links, GuideActivityService activity, GuideReminderService reminders, CancellationToken cancellationToken) =>
        {
            if (week is null || expires is null || !links.IsValid(ReportLinks.ProblemListPath, week, expires.Value, sig)
                || !DateOnly.TryParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var monday))
            {
                return Results.NotFound();
            }
            var entries = await activity.ProblemListAsync(monday, cancellationToken).ConfigureAwait(false);
            var reportDay = reminders.ReportDay(monday);
            var bytes = XlsxWriter.Write(WeeklyProblemListSheet.Table(monday, reportDay, entries));
            return Results.File(bytes, XlsxType, $"问题清单{monday:yyyyMMdd}.xlsx");
        });
        // GET /api/reports/ranking?month=2026-11&expires=…&sig=… (the link 考核排名 sends to a leader)
        app.MapGet(ReportLinks.RankingPath, async (string? month, long? expires, string? sig, ReportLinks links, GuideAssessmentService assessments, CancellationToken cancellationToken) =>
        {
            if (month is null || expires is null || !links.IsValid(ReportLinks.RankingPath, month, expires.Value, sig)
                || !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                return Results.NotFound();
            }
            var ranking = await assessments.RankingAsync(first.Year, first.Month, cancellationToken).ConfigureAwait(false);
            var bytes = XlsxWriter.Write(GuideRankingSheet.Table(first.Year, first.Month, ranking));
            return Results.File(bytes, XlsxType, $"考核排名{first:yyyyMM}.xlsx");
        });
        // GET /reports/compliance?month=2026-11&expires=…&sig=… (the page linked from 考核排名)
        app.MapGet(ReportLinks.CompliancePath, async (string? month, long? expires, string? sig, ReportLinks links, GuideAssessmentService assessments, CancellationToken cancellationToken) =>
        {
            if (month is null || expires is null || !links.IsValid(ReportLinks.CompliancePath, month, expires.Value, sig)
                || !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                return Results.NotFound();
            }
            var report = await assessments.ComplianceAsync(first.Year, first.Month, cancellationToken).ConfigureAwait(false);
            return Results.Content(CompliancePage.Render(report), HtmlPage.ContentType);
        });
        // GET /reports/enterprise-file?id=42[-own]&expires=…&sig=… (the page linked from "金鹰的档案" / "我的企业档案")
        app.MapGet(ReportLinks.EnterpriseFilePath, async (string? id, long? expires, string? sig, ReportLinks links, EnterpriseFileService files, EnterpriseTimeline timeline, CancellationToken cancellationToken) =>
        {
            var forEnterprise = id?.EndsWith("-own", StringComparison.Ordinal) == true;
            if (id is null || expires is null || !links.IsValid(ReportLinks.EnterpriseFilePath, id, expires.Value, sig)
                || !int.TryParse(forEnterprise ? id[..^4] : id, NumberStyles.None, CultureInfo.InvariantCulture, out var enterpriseId)
                || await files.EnterpriseAsync(enterpriseId, cancellationToken).ConfigureAwait(false) is not { } enterprise)
            {
                return Results.NotFound();
            }
            var file = await files.FileAsync(enterpriseId, cancellationToken).ConfigureAwait(false);
            var account = await timeline.ForEnterpriseAsync(enterpriseId, forEnterprise, cancellationToken).ConfigureAwait(false);
            return Results.Content(EnterpriseFilePage.Render(enterprise.Name, file, account, forEnterprise), HtmlPage.ContentType);
        });
        return app;
    }
}
