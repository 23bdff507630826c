using EnvBot.Dialogs.Main;
using EnvBot.Dialogs.Policy;

namespace EnvBot.Dialogs.Tests.Policy;

/// <summary>How enterprises go on after an answer (issue 6): a short follow-up leans on the question before it; a polite
/// request for a person is 转人工.</summary>
public sealed class PolicyFollowUpTests
{
    private static readonly DateTimeOffset Asked = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(8));
    private const string Previous = "危废仓库要贴什么标识";

    [Theory]
    [InlineData("那不贴会罚多少")]
    [InlineData("那么要多久")]
    [InlineData("如果没贴呢？")]
    [InlineData("这个要备案吗")]
    [InlineData("罚多少？")]
    [InlineData("多久")]
    [InlineData("找哪个部门")]
    public void Combined_ShortQuestionPointingBack_ReadWithThePrevious(string question) =>
        Assert.Equal($"{Previous} {question}", PolicyFollowUp.Combined(Previous, Asked, question, Asked.AddMinutes(5)));

    [Theory]
    [InlineData("排污许可证快到期了怎么延续")]
    [InlineData("如果危废仓库超过一年没处置完，会不会被罚，罚多少")]
    [InlineData("食堂油烟要不要装净化器")]
    public void Combined_QuestionThatStandsAlone_Null(string question) =>
        Assert.Null(PolicyFollowUp.Combined(Previous, Asked, question, Asked.AddMinutes(5)));

    [Fact]
    public void Combined_AfterTheWindow_Null() =>
        Assert.Null(PolicyFollowUp.Combined(Previous, Asked, "那不贴会罚多少", Asked + PolicyFollowUp.Window + TimeSpan.FromMinutes(1)));

    [Fact]
    public void Combined_NothingAskedBefore_Null() =>
        Assert.Null(PolicyFollowUp.Combined(null, null, "那不贴会罚多少", Asked));

    [Theory]
    [InlineData("能帮我转人工吗")]
    [InlineData("帮我转人工")]
    [InlineData("我要人工客服")]
    [InlineData("找人工")]
    [InlineData("帮我转给工作人员吧")]
    [InlineData("能不能找个工作人员问问")]
    [InlineData("转人工。")]
    public void Parse_RequestForAPerson_HandOver(string text) =>
        Assert.Equal(MainCommand.HandOver, MainCommands.Match(text));

    [Theory]
    [InlineData("人工繁育野生动物要办证吗")]
    [InlineData("人工回灌地下水有什么要求")]
    [InlineData("危废要交给有资质的单位处理吗")]
    public void Parse_QuestionMentioningPeopleOrArtificial_NotHandOver(string text) =>
        Assert.NotEqual(MainCommand.HandOver, MainCommands.Match(text));
}
