using EnvBot.Dialogs.Builder.Dialogs;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Tests.Builder.Testing;

namespace EnvBot.Dialogs.Tests.Builder.Dialogs;

public sealed class ComponentDialogTests
{
    [Fact]
    public async Task ComponentDialog_NestedComponent_ReturnsInnerResultToOuterWaterfall()
    {
        var flow = TestFlow.ForDialog(NestedDialogs.Outer());
        await flow
            .Send("预约").AssertReply(NestedDialogs.AskName)
            .Send("绿源公司").AssertReply(NestedDialogs.AskStaff)
            .Send("１２").AssertReply(NestedDialogs.AskDate)
            .Then(async () =>
            {
                // The inner component's stack is saved inside the outer component's instance state.
                var outer = Assert.Single(await flow.Adapter.ReadDialogStackAsync())!;
                var outerStack = outer["state"]!["dialogs"]!["dialogStack"]!.AsArray();
                Assert.Equal(["inner", "outer.steps"], outerStack.Select(i => i!["id"]!.GetValue<string>()));
                var innerStack = outerStack[0]!["state"]!["dialogs"]!["dialogStack"]!.AsArray();
                Assert.Equal(["date", "inner.steps"], innerStack.Select(i => i!["id"]!.GetValue<string>()));
                Assert.Equal(12, innerStack[1]!["state"]!["values"]!["staff"]!.GetValue<int>());
            })
            .Send("3月5日").AssertReply("绿源公司：12人，3月5日")
            .Then(async () =>
            {
                Assert.Equal(DialogTurnStatus.Complete, flow.LastResult!.Status);
                Assert.Equal("2027-03-05", flow.LastResult.Result!["date"]!.GetValue<string>());
                Assert.Empty(await flow.Adapter.ReadDialogStackAsync());
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task DialogContext_CancelAllWithoutParents_EndsOnlyInnerStackAndResumesParent()
    {
        var inner = new WaterfallDialog("inner", [(step, ct) => step.CancelAllDialogsAsync(ct)]);
        var component = new ComponentDialog("component").AddDialog(inner);
        var root = new WaterfallDialog("root", [
            (step, ct) => step.BeginDialogAsync("component", null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(Activity.CreateMessage($"resumed with {step.Result?.ToJsonString() ?? "null"}"), ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var wrapper = new ComponentDialog("wrapper").AddDialog(root).AddDialog(component);
        var flow = TestFlow.ForDialog(wrapper);
        await flow
            .Send("go").AssertReply("resumed with null")
            .Then(() => Assert.Equal(DialogTurnStatus.Complete, flow.LastResult!.Status))
            .StartTestAsync();
    }

    [Fact]
    public void DialogSet_AddDifferentDialogWithSameId_Throws()
    {
        var set = new DialogSet().Add(new WaterfallDialog("a"));
        Assert.Throws<ArgumentException>(() => set.Add(new WaterfallDialog("a")));
    }
}
