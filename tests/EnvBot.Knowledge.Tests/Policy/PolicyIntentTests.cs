using EnvBot.Knowledge.Policy;

namespace EnvBot.Knowledge.Tests.Policy;

/// <summary>What a question asks for and what an article states, as the ranking reads them (issue 6).</summary>
public sealed class PolicyIntentTests
{
    [Theory]
    [InlineData("年度披露报告最晚哪天之前要传到系统上？", true)]
    [InlineData("执行报告季报每季度几号前交？", true)]
    [InlineData("年度披露报告最晚什么时候交？", true)]
    [InlineData("执行报告什么时候之前要提交？", true)]
    [InlineData("危废最多能放多久？", false)]
    [InlineData("验收什么时候做？", false)]
    [InlineData("验收报告要公示几天？", false)]
    public void AsksDate_ACalendarDay_NotALengthOfTime(string question, bool expected) =>
        Assert.Equal(expected, PolicyIntent.AsksDate(question));

    [Theory]
    [InlineData("企业应当于每年3月15日前披露上一年度1月1日至12月31日的环境信息。", true)]
    [InlineData("设区的市级生态环境主管部门应当于每年3月底前，将上一年度本行政区域环境信息依法披露情况报送。", true)]
    [InlineData("应当于企业名单公布后十个工作日内以临时环境信息依法披露报告的形式披露。", false)]
    public void StatesDate_ADay_NotAPeriod(string article, bool expected) =>
        Assert.Equal(expected, PolicyIntent.StatesDate(article));
}
