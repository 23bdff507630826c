using EnvBot.Data.Domain.Notices;
using EnvBot.Dialogs.Notices;

namespace EnvBot.Dialogs.Tests.Notices;

public sealed class NoticeParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Parse_CategoryTimeKindTitleBasis_TheRestIsTheText()
    {
        var (draft, problem) = NoticeParser.Parse(
            "类别=重点监管 时间=12月1日 9:00 类型=限停产\n标题=12月上旬错峰生产预告\n依据=《重污染天气应急预案》第五条\n12月3日至7日请提前安排错峰生产。", Now);
        Assert.Null(problem);
        var n = draft!.Notice;
        Assert.Equal((NoticeTargetKind.Category, "重点监管"), (n.Target.Kind, n.Target.Value));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)), n.ScheduledAt);
        Assert.Equal(NoticeKind.ProductionLimit, n.Kind);
        Assert.Equal("12月上旬错峰生产预告", n.Title);
        Assert.Equal(("《重污染天气应急预案》", "第五条"), (n.PolicyLaw, n.PolicyArticle));
        Assert.Equal("12月3日至7日请提前安排错峰生产。", n.Text);
        Assert.False(draft.Immediate);
    }

    [Fact]
    public void Parse_ListOfEnterprises_NoTime_Immediate_TitleFromText()
    {
        var (draft, _) = NoticeParser.Parse("企业=金鹰、旺能 请于本周内完成危废台账自查。谢谢", Now);
        Assert.Equal(["金鹰", "旺能"], draft!.Notice.Target.Names);
        Assert.True(draft.Immediate);
        Assert.Equal("请于本周内完成危废台账自查", draft.Notice.Title);
    }

    [Theory]
    [InlineData("请注意", "缺少发送对象")]
    [InlineData("类别=重点监管", "缺少正文")]
    [InlineData("类别=重点监管 行业=造纸 内容", "只写一项")]
    [InlineData("类别=重点监管 时间=下周八 内容", "无法识别")]
    [InlineData("类别=重点监管 时间=11月20日 9:00 内容", "已过")]
    public void Parse_BadInput_ClearProblem(string argument, string expected)
    {
        var (draft, problem) = NoticeParser.Parse(argument, Now);
        Assert.Null(draft);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("明天上午9点", 2026, 11, 26, 9, 0)]
    [InlineData("下午3点半", 2026, 11, 25, 15, 30)]
    [InlineData("2026-12-01 14:05", 2026, 12, 1, 14, 5)]
    [InlineData("12月10日", 2026, 12, 10, 9, 0)]
    public void ReadTime_AsClerksWriteIt(string text, int y, int mo, int d, int h, int mi) =>
        Assert.Equal(new DateTimeOffset(y, mo, d, h, mi, 0, TimeSpan.FromHours(8)), NoticeParser.ReadTime(text, Now));
}
