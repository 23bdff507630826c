using EnvBot.Dialogs.Builder.Dialogs;
using EnvBot.Dialogs.Builder.Dialogs.Prompts;
using EnvBot.Dialogs.Tests.Builder.Testing;

namespace EnvBot.Dialogs.Tests.Builder.Dialogs.Prompts;

public sealed class ConfirmPromptTests
{
    [Theory]
    [InlineData("是", true)]
    [InlineData("好", true)]
    [InlineData("确认", true)]
    [InlineData("对", true)]
    [InlineData("可以", true)]
    [InlineData("YES", true)]
    [InlineData("y", true)]
    [InlineData("ＯＫ", true)]
    [InlineData("嗯", true)]
    [InlineData("行！", true)]
    [InlineData("否", false)]
    [InlineData("不", false)]
    [InlineData("不是", false)]
    [InlineData("不用了。", false)]
    [InlineData("取消", false)]
    [InlineData("No", false)]
    [InlineData("n", false)]
    public void ConfirmPrompt_KnownWord_Recognized(string text, bool expected)
    {
        Assert.True(ConfirmPrompt.TryRecognize(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("也许")]
    [InlineData("是不是")]
    [InlineData("")]
    public void ConfirmPrompt_OtherText_NotRecognized(string text) =>
        Assert.False(ConfirmPrompt.TryRecognize(text, out _));

    [Fact]
    public async Task ConfirmPrompt_Prompt_ShowsYesNoButtonsAndReturnsBool()
    {
        var flow = TestFlow.ForDialog(PromptTestDialogs.Asking(new ConfirmPrompt("ok"), PromptOptions.FromText("确认提交吗？")));
        await flow
            .Send("hi").AssertReply(a =>
            {
                Assert.Equal("确认提交吗？", a.Text);
                Assert.Equal(["是", "否"], a.SuggestedActions!.Actions.Select(x => x.Title));
            })
            .Send("也许").AssertReply(a =>
            {
                Assert.Equal(PromptReplies.ConfirmRetry, a.Text);
                Assert.Equal(2, a.SuggestedActions!.Actions.Count);
            })
            .Send("好的").AssertReply("结果：true")
            .Then(() => Assert.True(flow.LastResult!.Result.ToValue<bool>()))
            .StartTestAsync();
    }
}
