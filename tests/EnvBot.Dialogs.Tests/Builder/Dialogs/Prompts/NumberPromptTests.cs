using EnvBot.Dialogs.Builder.Dialogs;
using EnvBot.Dialogs.Builder.Dialogs.Prompts;
using EnvBot.Dialogs.Tests.Builder.Testing;

namespace EnvBot.Dialogs.Tests.Builder.Dialogs.Prompts;

public sealed class NumberPromptTests
{
    [Theory]
    [InlineData("3", 3)]
    [InlineData("１２３", 123)]
    [InlineData(" ４５ 人", 45)]
    [InlineData("三", 3)]
    [InlineData("十五", 15)]
    [InlineData("二十三", 23)]
    [InlineData("一百零五", 105)]
    [InlineData("两", 2)]
    [InlineData("两个人", 2)]
    [InlineData("大概两百", 200)]
    [InlineData("1,200", 1200)]
    [InlineData("-5", -5)]
    [InlineData("负三", -3)]
    public void NumberPromptInt_RecognizableText_ReturnsNumber(string text, int expected)
    {
        Assert.True(NumberPrompt<int>.TryRecognize(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("不知道")]
    [InlineData("3.5")]
    [InlineData("99999999999")]
    public void NumberPromptInt_UnusableText_Fails(string text) =>
        Assert.False(NumberPrompt<int>.TryRecognize(text, out _));

    [Theory]
    [InlineData("3.5", 3.5)]
    [InlineData("３．２５", 3.25)]
    [InlineData("三点五", 3.5)]
    [InlineData("99999999999", 99999999999)]
    public void NumberPromptDecimalAndDouble_FractionText_ReturnsFraction(string text, double expected)
    {
        Assert.True(NumberPrompt<decimal>.TryRecognize(text, out var d));
        Assert.Equal((decimal)expected, d);
        Assert.True(NumberPrompt<double>.TryRecognize(text, out var x));
        Assert.Equal(expected, x);
        Assert.True(NumberPrompt<long>.TryRecognize("99999999999", out var l));
        Assert.Equal(99999999999L, l);
    }

    [Fact]
    public async Task NumberPrompt_NoRetryPrompt_SendsDefaultChineseRetryThenAccepts()
    {
        var flow = TestFlow.ForDialog(PromptTestDialogs.Asking(new NumberPrompt<int>("n"), PromptOptions.FromText("几个人？")));
        await flow
            .Send("hi").AssertReply(a =>
            {
                Assert.Equal("几个人？", a.Text);
                Assert.Equal("expectingInput", a.InputHint);
            })
            .Send("很多").AssertReply(PromptReplies.NumberRetry)
            .Send("二十").AssertReply("结果：20")
            .Then(() => Assert.Equal(20, flow.LastResult!.Result.ToValue<int>()))
            .StartTestAsync();
    }

    [Fact]
    public async Task NumberPrompt_ValidatorRejects_SendsRetryPromptAndSeesAttemptCountAndValidations()
    {
        var attempts = new List<int>();
        PromptValidator<int> withinLimit = (ctx, ct) =>
        {
            attempts.Add(ctx.AttemptCount);
            var max = ctx.Options.Validations!["max"]!.GetValue<int>();
            return Task.FromResult(ctx.Recognized.Succeeded && ctx.Recognized.Value is >= 1 && ctx.Recognized.Value <= max);
        };
        var options = PromptOptions.FromText("几个人？", "人数须在1到50之间，请重新输入。");
        options.Validations = new System.Text.Json.Nodes.JsonObject { ["max"] = 50 };
        var flow = TestFlow.ForDialog(PromptTestDialogs.Asking(new NumberPrompt<int>("n", withinLimit), options));
        await flow
            .Send("hi").AssertReply("几个人？")
            .Send("一百").AssertReply("人数须在1到50之间，请重新输入。")
            .Send("三十").AssertReply("结果：30")
            .Then(() => Assert.Equal([1, 2], attempts))
            .StartTestAsync();
    }

    [Fact]
    public async Task NumberPrompt_MaxAttemptsFailed_ExplainsAndClearsStack()
    {
        var flow = TestFlow.ForDialog(PromptTestDialogs.Asking(new NumberPrompt<int>("n"), PromptOptions.FromText("几个人？")));
        await flow
            .Send("hi").AssertReply("几个人？")
            .Send("a").AssertReply(PromptReplies.NumberRetry)
            .Send("b").AssertReply(PromptReplies.NumberRetry)
            .Send("c").AssertReply("多次输入未能识别，已停止本次操作。如需继续，请重新发送指令，或发送“帮助”。")
            .Then(async () =>
            {
                Assert.Equal(DialogTurnStatus.Cancelled, flow.LastResult!.Status);
                Assert.Empty(await flow.Adapter.ReadDialogStackAsync());
            })
            .Send("重新开始").AssertReply("几个人？")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_MaxAttemptsInNestedComponent_ClearsEveryLevel()
    {
        var flow = TestFlow.ForDialog(NestedDialogs.Outer());
        await flow
            .Send("预约").AssertReply(NestedDialogs.AskName)
            .Send("绿源公司").AssertReply(NestedDialogs.AskStaff)
            .Send("8").AssertReply(NestedDialogs.AskDate)
            .Send("某天").AssertReply(PromptReplies.DateRetry)
            .Send("随便").AssertReply(PromptReplies.DateRetry)
            .Send("不知道").AssertReply(PromptReplies.GaveUp)
            .Then(async () =>
            {
                Assert.Equal(DialogTurnStatus.Cancelled, flow.LastResult!.Status);
                Assert.Empty(await flow.Adapter.ReadDialogStackAsync());
            })
            .Send("你好").AssertReply(NestedDialogs.AskName)
            .StartTestAsync();
    }

    [Fact]
    public async Task NumberPrompt_MaxAttemptsOne_GivesUpOnFirstFailure()
    {
        var options = PromptOptions.FromText("几个人？");
        options.MaxAttempts = 1;
        var flow = TestFlow.ForDialog(PromptTestDialogs.Asking(new NumberPrompt<long>("n"), options));
        await flow
            .Send("hi").AssertReply("几个人？")
            .Send("x").AssertReply(PromptReplies.GaveUp)
            .StartTestAsync();
    }
}
