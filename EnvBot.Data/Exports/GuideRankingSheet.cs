using System.Globalization;
using EnvBot.Data.Domain.Compliance;

namespace EnvBot.Data.Exports;

/// <summary>The monthly ranking of guides for the leaders (DOMAIN.md §2 考核评价): grade, the figures and the rule that gave it.</summary>
public static class GuideRankingSheet
{
    public const string Title = "企业指导员月度考核排名";

    public static readonly string[] Header = ["排名", "指导员", "等级", "服务频次（完成/应完成）", "收集问题", "解决", "反馈", "企业评价", "评定依据"];

    public static XlsxTable Table(int year, int month, IReadOnlyList<RankedGuide> ranking) =>
        new(
            SheetName: $"考核{year}{month:00}",
            Title: Title,
            Notes: [string.Create(CultureInfo.InvariantCulture, $"考核月份：{year}年{month}月")],
            Header: Header,
            Rows: [.. ranking.Select(r =>
            {
                var f = r.Assessment.Figures;
                return (IReadOnlyList<string>)
                [
                    r.Rank.ToString(CultureInfo.InvariantCulture),
                    f.GuideName,
                    AssessmentTexts.Name(r.Assessment.Grade),
                    $"{f.MetContacts}/{f.RequiredContacts}",
                    f.ProblemsCollected.ToString(CultureInfo.InvariantCulture),
                    f.ProblemsSolved.ToString(CultureInfo.InvariantCulture),
                    f.ProblemsFedBack.ToString(CultureInfo.InvariantCulture),
                    f.AverageRating is { } rating ? rating.ToString("0.0", CultureInfo.InvariantCulture) : "—",
                    r.Assessment.Explanation,
                ];
            })],
            ColumnWidths: [6, 10, 8, 14, 10, 8, 8, 10, 60]);
}
