using EnvBot.Dialogs.ConsultationDay;
using EnvBot.Dialogs.Main;

namespace EnvBot.Dialogs.Tests.ConsultationDay;

/// <summary>查看证件 as a clerk types it (issue 7): the keyword, the booking number, an optional purpose.</summary>
public sealed class IdNumberCommandsTests
{
    [Theory]
    [InlineData("查看证件 12", "12")]
    [InlineData("查看证件12", "12")]
    [InlineData("查看身份证 12 现场核验", "12 现场核验")]
    [InlineData("查看身份证号 12", "12")]
    [InlineData("查看身份证号码：12", "12")]
    [InlineData("查看证件号 #12。", "#12")]
    public void Parse_Keywords_RevealIdNumberWithArgument(string text, string argument) =>
        Assert.Equal((MainCommand.RevealIdNumber, argument), MainCommands.Parse(text));

    [Theory]
    [InlineData("12", 12, IdNumberReplies.DefaultPurpose)]
    [InlineData("#12", 12, IdNumberReplies.DefaultPurpose)]
    [InlineData("编号 12", 12, IdNumberReplies.DefaultPurpose)]
    [InlineData("12 现场核验", 12, "现场核验")]
    [InlineData("12，用途：核对报名信息。", 12, "核对报名信息")]
    [InlineData("12\n核对\n报名信息", 12, "核对 报名信息")]
    public void Read_NumberAndPurpose_DefaultWhenNoneGiven(string argument, int bookingId, string purpose) =>
        Assert.Equal((bookingId, purpose), IdNumberCommands.Read(argument));

    [Theory]
    [InlineData("")]
    [InlineData("王五")]
    [InlineData("0")]
    [InlineData("1234567890")]
    public void Read_NoUsableNumber_Null(string argument) => Assert.Null(IdNumberCommands.Read(argument));

    [Fact]
    public void Read_LongPurpose_Capped() =>
        Assert.Equal(IdNumberReplies.MaxPurposeLength, IdNumberCommands.Read("3 " + new string('核', 300))!.Value.Purpose.Length);
}
