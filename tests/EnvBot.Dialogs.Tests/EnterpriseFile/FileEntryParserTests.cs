using EnvBot.Dialogs.EnterpriseFile;

namespace EnvBot.Dialogs.Tests.EnterpriseFile;

/// <summary>Which messages are facts for an enterprise's file (issue 10) and which are something else.</summary>
public sealed class FileEntryParserTests
{
    [Theory]
    [InlineData("金鹰 主要污染物 VOCs、颗粒物")]
    [InlineData("长宏 应急预案 2024年5月备案")]
    [InlineData("金鹰档案 排污许可证 91330900MA2A0000X1001P 重点管理 2027-03-31到期")]
    public void AFactForTheFile(string text) => Assert.True(FileEntryParser.LooksLikeEntry(text));

    [Theory]
    // A service record written as the form (issue 8): "问题：" ends with a colon before 危废, but what stands before it
    // is headings, not an enterprise's name — found trying the bot as a guide.
    [InlineData("企业：长宏；日期：昨天；方式：微信；问题：危废暂存间标识要不要换新版；处理：已答复按新标准换")]
    [InlineData("企业：金鹰，方式：现场，问题：环评批复里的排放口和现场对不上")]
    // A question goes to the policy answerer.
    [InlineData("金鹰 排污许可证怎么延续？")]
    public void NotAFact(string text) => Assert.False(FileEntryParser.LooksLikeEntry(text));
}
