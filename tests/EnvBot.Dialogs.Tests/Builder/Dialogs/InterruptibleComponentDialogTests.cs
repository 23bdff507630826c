using EnvBot.Dialogs.Builder.Dialogs;
using EnvBot.Dialogs.Tests.Builder.Testing;

namespace EnvBot.Dialogs.Tests.Builder.Dialogs;

public sealed class InterruptibleComponentDialogTests
{
    [Theory]
    [InlineData("帮助")]
    [InlineData("help")]
    [InlineData("HELP")]
    [InlineData("？")]
    [InlineData("　ｈｅｌｐ！ ")]
    public async Task Interruptible_HelpInsideNestedPrompt_ShowsHelpAndRepromptsActivePrompt(string text)
    {
        var flow = TestFlow.ForDialog(NestedDialogs.Outer());
        await flow
            .Send("预约").AssertReply(NestedDialogs.AskName)
            .Send("绿源公司").AssertReply(NestedDialogs.AskStaff)
            .Send(text).AssertReply(NestedDialogs.Help).AssertReply(NestedDialogs.AskStaff)
            .Then(() => Assert.Equal(DialogTurnStatus.Waiting, flow.LastResult!.Status))
            // Help does not use up an attempt: two wrong answers still only retry.
            .Send("不知道").AssertReply("没有识别出数字，请重新输入。")
            .Send("还是不知道").AssertReply("没有识别出数字，请重新输入。")
            .Send("五").AssertReply(NestedDialogs.AskDate)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("取消")]
    [InlineData("Cancel")]
    [InlineData("退出。")]
    [InlineData(" 取消！")]
    public async Task Interruptible_CancelInsideNestedPrompt_ConfirmsAndClearsWholeStack(string text)
    {
        var flow = TestFlow.ForDialog(NestedDialogs.Outer());
        await flow
            .Send("预约").AssertReply(NestedDialogs.AskName)
            .Send("绿源公司").AssertReply(NestedDialogs.AskStaff)
            .Send("8").AssertReply(NestedDialogs.AskDate)
            .Send(text).AssertReply("已取消。")
            .Then(async () =>
            {
                Assert.Equal(DialogTurnStatus.Cancelled, flow.LastResult!.Status);
                Assert.Empty(await flow.Adapter.ReadDialogStackAsync());
            })
            .Send("再来").AssertReply(NestedDialogs.AskName)
            .StartTestAsync();
    }

    [Fact]
    public async Task Interruptible_InnerComponentHandlesCancel_CancelsOuterStacksToo()
    {
        var flow = TestFlow.ForDialog(NestedDialogs.Outer(innerInterruptible: true, outerInterruptible: false));
        await flow
            .Send("预约").AssertReply(NestedDialogs.AskName)
            .Send("绿源公司").AssertReply(NestedDialogs.AskStaff)
            .Send("帮助").AssertReply("内层帮助。").AssertReply(NestedDialogs.AskStaff)
            .Send("取消").AssertReply("已取消。")
            .Then(async () =>
            {
                Assert.Equal(DialogTurnStatus.Cancelled, flow.LastResult!.Status);
                Assert.Empty(await flow.Adapter.ReadDialogStackAsync());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Interruptible_BackAtSecondInnerStep_RerunsPreviousInnerStep()
    {
        var flow = TestFlow.ForDialog(NestedDialogs.Outer());
        await flow
            .Send("预约").AssertReply(NestedDialogs.AskName)
            .Send("绿源公司").AssertReply(NestedDialogs.AskStaff)
            .Send("8").AssertReply(NestedDialogs.AskDate)
            .Send("返回").AssertReply(NestedDialogs.AskStaff)
            .Send("9").AssertReply(NestedDialogs.AskDate)
            .Send("明天").AssertReply("绿源公司：9人，11月26日")
            .StartTestAsync();
    }

    [Fact]
    public async Task Interruptible_BackAtFirstInnerStep_GoesBackToOuterPreviousStep()
    {
        var flow = TestFlow.ForDialog(NestedDialogs.Outer());
        await flow
            .Send("预约").AssertReply(NestedDialogs.AskName)
            .Send("绿源公司").AssertReply(NestedDialogs.AskStaff)
            .Send("back").AssertReply(NestedDialogs.AskName)
            .Then(async () =>
            {
                // The inner component was cancelled: the outer stack is the name prompt over the outer waterfall.
                var outer = Assert.Single(await flow.Adapter.ReadDialogStackAsync())!;
                var ids = outer["state"]!["dialogs"]!["dialogStack"]!.AsArray().Select(i => i!["id"]!.GetValue<string>());
                Assert.Equal(["name", "outer.steps"], ids);
            })
            .Send("青山公司").AssertReply(NestedDialogs.AskStaff)
            .Send("2").AssertReply(NestedDialogs.AskDate)
            .Send("后天").AssertReply("青山公司：2人，11月27日")
            .StartTestAsync();
    }

    [Fact]
    public async Task Interruptible_BackAtVeryFirstStep_CancelsLikeCancel()
    {
        var flow = TestFlow.ForDialog(NestedDialogs.Outer());
        await flow
            .Send("预约").AssertReply(NestedDialogs.AskName)
            .Send("返回").AssertReply("已取消。")
            .Then(async () => Assert.Empty(await flow.Adapter.ReadDialogStackAsync()))
            .StartTestAsync();
    }

    [Fact]
    public async Task Interruptible_KeywordInsideLongerAnswer_IsAnsweredNotInterrupted()
    {
        var flow = TestFlow.ForDialog(NestedDialogs.Outer());
        await flow
            .Send("预约").AssertReply(NestedDialogs.AskName)
            .Send("取消预约公司").AssertReply(NestedDialogs.AskStaff)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("帮助", Interruption.Help)]
    [InlineData("帮助？", Interruption.Help)]
    [InlineData("?", Interruption.Help)]
    [InlineData("？", Interruption.Help)]
    [InlineData("Help", Interruption.Help)]
    [InlineData("取消", Interruption.Cancel)]
    [InlineData("ＣＡＮＣＥＬ", Interruption.Cancel)]
    [InlineData("退出", Interruption.Cancel)]
    [InlineData("返回", Interruption.Back)]
    [InlineData("　Back。", Interruption.Back)]
    [InlineData("取消预约", Interruption.None)]
    [InlineData("我需要帮助", Interruption.None)]
    [InlineData("", Interruption.None)]
    [InlineData(null, Interruption.None)]
    public void InterruptionRecognizer_Text_RecognizesWholeMessageOnly(string? text, Interruption expected) =>
        Assert.Equal(expected, InterruptionRecognizer.Recognize(text));
}
