using EnvBot.Data.Domain.Compliance;
using EnvBot.Data.Exports;

namespace EnvBot.Data.Tests.Exports;

public sealed class XlsxExportTests
{
    [Fact]
    public void WeeklyProblemList_WrittenAndReadBack_HasTheFormsTitleDateLineHeaderAndRows()
    {
        var entries = new[]
        {
            new ProblemListEntry("王五", "舟山金鹰食品有限公司", "现场走访", "废气收集不到位", "下周整改，大气科配合", "正在解决"),
            new ProblemListEntry("李四", "长宏国际船舶修造有限公司", "电话", "危废贮存间防渗怎么做", "当场解答", "已解决"),
        };

        var xlsx = XlsxWriter.Write(WeeklyProblemListSheet.Table(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 27), entries));

        var sheet = Assert.Single(XlsxReader.SheetNames(xlsx));
        var rows = XlsxReader.Rows(xlsx, sheet);
        Assert.Equal("企业指导员问题清单", rows[0][0]);
        Assert.Equal("日期：2026年11月23日—11月29日（11月27日报送）", rows[1][0]);
        Assert.Equal(WeeklyProblemListSheet.Header, rows[2]);
        Assert.Equal(["李四", "长宏国际船舶修造有限公司", "电话", "危废贮存间防渗怎么做", "当场解答", "已解决"], rows[3]);
        Assert.Equal("王五", rows[4][0]);
        Assert.Equal(["A1:F1", "A2:F2"], XlsxReader.MergedRanges(xlsx, sheet));
    }

    [Fact]
    public void EmptyWeek_StillAValidSheetWithTheHeader()
    {
        var xlsx = XlsxWriter.Write(WeeklyProblemListSheet.Table(new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 13), []));

        var rows = XlsxReader.Rows(xlsx, XlsxReader.SheetNames(xlsx)[0]);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void Ranking_WrittenAndReadBack_ShowsRankGradeFiguresAndTheRule()
    {
        var rules = new AssessmentRules();
        var good = GuideGrading.Assess(new GuideMonthFigures(1, "乙", 10, 10, 5, 4, 0, 5, 1, 4.2, 3), rules);
        var poor = GuideGrading.Assess(new GuideMonthFigures(2, "甲", 10, 8, 0, 0, 0, 0, 0, null, 0), rules);

        var xlsx = XlsxWriter.Write(GuideRankingSheet.Table(2026, 11, GuideRanking.Rank([poor, good])));

        var rows = XlsxReader.Rows(xlsx, "考核202611");
        Assert.Equal("考核月份：2026年11月", rows[1][0]);
        Assert.Equal(["1", "乙", "良好", "10/10", "5", "4", "5", "4.2"], rows[3].Take(8));
        Assert.Equal(["2", "甲", "不合格", "8/10"], rows[4].Take(4));
        Assert.Contains("应完成 10 项，完成 8 项", rows[4][8]);
    }

    [Fact]
    public void ColumnNames_PastZ()
    {
        Assert.Equal(["A", "Z", "AA", "AZ", "BA"], new[] { 0, 25, 26, 51, 52 }.Select(XlsxWriter.ColumnName));
    }
}
