using EnvBot.Dialogs.Guides;
using EnvBot.Dialogs.Main;

namespace EnvBot.Dialogs.Tests.Guides;

/// <summary>Leaders ask for a month's ranking the way they say it (issue 8): 上个月的考核排名, 10月考核.</summary>
public sealed class AssessmentMonthTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Theory]
    [InlineData("上个月的考核排名", "上个月")]
    [InlineData("上月考核", "上月")]
    [InlineData("10月考核排名", "10月")]
    [InlineData("十月份的排名", "十月份")]
    [InlineData("本月考核", "")]
    public void Parse_MonthNamedBeforeTheRanking_AssessmentRankingOfThatMonth(string text, string argument) =>
        Assert.Equal((MainCommand.AssessmentRanking, argument), MainCommands.Parse(text));

    [Theory]
    [InlineData("上个月", 2026, 10)]
    [InlineData("本月", 2026, 11)]
    [InlineData("10月", 2026, 10)]
    [InlineData("十月份", 2026, 10)]
    [InlineData("12月", 2025, 12)]
    public void RelativeMonth_ReadAgainstToday(string text, int year, int month) =>
        Assert.Equal((year, month), AssessmentCommands.RelativeMonth(text, Today));

    [Fact]
    public void RelativeMonth_January_LastMonthIsLastDecember() =>
        Assert.Equal((2025, 12), AssessmentCommands.RelativeMonth("上个月", new DateOnly(2026, 1, 5)));

    [Theory]
    [InlineData("13月")]
    [InlineData("下个月")]
    public void RelativeMonth_NotAMonth_Null(string text) => Assert.Null(AssessmentCommands.RelativeMonth(text, Today));
}
