using EnvBot.Dialogs.Main;

namespace EnvBot.Dialogs.Tests.ConsultationDay;

/// <summary>Enterprises ask for the consultation day in their own words (issue 7), not only with the menu's button.</summary>
public sealed class ConsultationDayWordsTests
{
    [Theory]
    [InlineData("我想预约下个月的咨询日")]
    [InlineData("怎么预约咨询日")]
    [InlineData("咨询日怎么报名？")]
    [InlineData("我要参加12月的环保咨询日")]
    public void Parse_BookingInWords_BookConsultation(string text) =>
        Assert.Equal(MainCommand.BookConsultation, MainCommands.Match(text));

    [Theory]
    [InlineData("咨询日是哪天")]
    [InlineData("下个月咨询日几号")]
    [InlineData("咨询日什么时候")]
    public void Parse_AskingTheDay_ConsultationDay(string text) =>
        Assert.Equal(MainCommand.ConsultationDay, MainCommands.Match(text));

    [Fact]
    public void Parse_CancellingInWordsWithoutANumber_ShowsTheBookings() =>
        Assert.Equal(MainCommand.MyBookings, MainCommands.Match("我想取消咨询日的预约"));
}
