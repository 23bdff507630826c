using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Builder.Dialogs;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Tests.Builder.Testing;

/// <summary>
/// A conversation script: <c>Send</c> user messages, <c>AssertReply</c> each bot message in order. Strict: sending
/// while bot replies are still unchecked fails, so a script cannot skip an unexpected message.
/// </summary>
public sealed class TestFlow
{
    private readonly List<Func<Task>> _steps = [];
    private readonly BotCallbackHandler _bot;

    public TestFlow(TestAdapter adapter, BotCallbackHandler bot)
    {
        Adapter = adapter;
        _bot = bot;
    }

    public TestAdapter Adapter { get; }

    /// <summary>The result of the last turn when the flow runs a root dialog.</summary>
    public DialogTurnResult? LastResult { get; private set; }

    /// <summary>A flow whose bot runs <paramref name="dialog"/> as the root dialog with the adapter's dialog state.</summary>
    public static TestFlow ForDialog(Dialog dialog, TestAdapter? adapter = null)
    {
        adapter ??= new TestAdapter();
        TestFlow? flow = null;
        flow = new TestFlow(adapter, async (turnContext, cancellationToken) =>
            flow!.LastResult = await dialog.RunAsync(turnContext, adapter.DialogState, cancellationToken));
        return flow;
    }

    public TestFlow Send(string text)
    {
        _steps.Add(() =>
        {
            if (Adapter.Replies.Count > 0)
            {
                Assert.Fail($"Unchecked bot replies before sending \"{text}\": {string.Join(" | ", Adapter.Replies.Select(a => a.Text))}");
            }
            return Adapter.SendAsync(text, _bot);
        });
        return this;
    }

    public TestFlow AssertReply(string expectedText) =>
        AssertReply(activity => Assert.Equal(expectedText, activity.Text));

    public TestFlow AssertReply(Action<Activity> inspect)
    {
        _steps.Add(() =>
        {
            Assert.True(Adapter.Replies.Count > 0, "Expected a bot reply, but there was none.");
            inspect(Adapter.Replies.Dequeue());
            return Task.CompletedTask;
        });
        return this;
    }

    public TestFlow AssertNoReply()
    {
        _steps.Add(() =>
        {
            Assert.True(Adapter.Replies.Count == 0, $"Expected no reply, got: {string.Join(" | ", Adapter.Replies.Select(a => a.Text))}");
            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>Runs an arbitrary check between turns (e.g. on the stored state).</summary>
    public TestFlow Then(Func<Task> check)
    {
        _steps.Add(check);
        return this;
    }

    public TestFlow Then(Action check)
    {
        _steps.Add(() =>
        {
            check();
            return Task.CompletedTask;
        });
        return this;
    }

    public async Task StartTestAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }
        Assert.True(Adapter.Replies.Count == 0, $"Unchecked bot replies at the end: {string.Join(" | ", Adapter.Replies.Select(a => a.Text))}");
    }
}
