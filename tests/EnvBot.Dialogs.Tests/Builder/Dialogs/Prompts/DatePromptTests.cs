using EnvBot.Dialogs.Builder.Dialogs;
using EnvBot.Dialogs.Builder.Dialogs.Prompts;
using EnvBot.Dialogs.Tests.Builder.Testing;
using Microsoft.Extensions.Time.Testing;

namespace EnvBot.Dialogs.Tests.Builder.Dialogs.Prompts;

public sealed class DatePromptTests
{
    [Fact]
    public async Task DatePrompt_UtcStillYesterday_UsesBeijingToday()
    {
        // 2026-11-24 17:30 UTC is already 2026-11-25 01:30 in Beijing.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 17, 30, 0, TimeSpan.Zero));
        var prompt = new DatePrompt("d", clock);
        Assert.Equal(new DateOnly(2026, 11, 25), prompt.Today);

        var flow = TestFlow.ForDialog(PromptTestDialogs.Asking(prompt, PromptOptions.FromText("哪天？")));
        await flow
            .Send("hi").AssertReply("哪天？")
            .Send("明天").AssertReply("结果：\"2026-11-26\"")
            .Then(() => Assert.Equal(new DateOnly(2026, 11, 26), flow.LastResult!.Result.ToValue<DateOnly>()))
            .StartTestAsync();
    }

    [Fact]
    public async Task DatePrompt_ClockMovesBetweenTurns_RecognizesAgainstCurrentDay()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));
        var flow = TestFlow.ForDialog(PromptTestDialogs.Asking(new DatePrompt("d", clock), PromptOptions.FromText("哪天？")));
        await flow
            .Send("hi").AssertReply("哪天？")
            .Then(() => clock.Advance(TimeSpan.FromDays(2)))
            .Send("今天").AssertReply("结果：\"2026-11-27\"")
            .StartTestAsync();
    }

    [Fact]
    public async Task DatePrompt_Unrecognized_SendsDefaultRetry()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));
        var flow = TestFlow.ForDialog(PromptTestDialogs.Asking(new DatePrompt("d", clock), PromptOptions.FromText("哪天？")));
        await flow
            .Send("hi").AssertReply("哪天？")
            .Send("找个时间").AssertReply(PromptReplies.DateRetry)
            .Send("2026年12月10日").AssertReply("结果：\"2026-12-10\"")
            .StartTestAsync();
    }
}
