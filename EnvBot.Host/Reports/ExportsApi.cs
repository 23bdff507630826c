using System.Globalization;
using EnvBot.Data.Exports;
using EnvBot.Dialogs.Guides;

namespace EnvBot.Host.Reports;

/// <summary>The issue-10 exports behind the signed links 导出结对清单 and 导出月度汇总 send (see <see cref="ReportsApi"/>).</summary>
public static class ExportsApi
{
    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        // GET /api/reports/pairing-list?day=2026-11-25&expires=…&sig=…
        app.MapGet(ReportLinks.PairingListPath, async (string? day, long? expires, string? sig, ReportLinks links, ExportService exports, CancellationToken cancellationToken) =>
        {
            if (day is null || expires is null || !links.IsValid(ReportLinks.PairingListPath, day, expires.Value, sig))
            {
                return Results.NotFound();
            }
            var bytes = await exports.PairingListAsync(cancellationToken).ConfigureAwait(false);
            return Results.File(bytes, ReportsApi.XlsxType, $"结对服务企业清单{day.Replace("-", "", StringComparison.Ordinal)}.xlsx");
        });
        // GET /api/reports/monthly-summary?month=2026-11&expires=…&sig=…
        app.MapGet(ReportLinks.MonthlySummaryPath, async (string? month, long? expires, string? sig, ReportLinks links, ExportService exports, CancellationToken cancellationToken) =>
        {
            if (month is null || expires is null || !links.IsValid(ReportLinks.MonthlySummaryPath, month, expires.Value, sig)
                || !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                return Results.NotFound();
            }
            var bytes = await exports.MonthlySummaryAsync(first.Year, first.Month, cancellationToken).ConfigureAwait(false);
            return Results.File(bytes, ReportsApi.XlsxType, $"月度汇总{first:yyyyMM}.xlsx");
        });
        return app;
    }
}
