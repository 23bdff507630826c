using System.Text.Json.Nodes;
using EnvBot.Dialogs.Builder.Dialogs;
using EnvBot.Dialogs.Builder.Dialogs.Prompts;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Tests.Builder.Testing;
using Microsoft.Extensions.Time.Testing;

namespace EnvBot.Dialogs.Tests.Builder.Dialogs;

public sealed class WaterfallDialogTests
{
    // 2026-11-25 09:00 Beijing = 01:00 UTC.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));

    private sealed record Company(string Name, int Staff);

    /// <summary>A sample-shaped booking dialog: each step prompts, the next stores the answer in Values.</summary>
    private sealed class BookingDialog : ComponentDialog
    {
        public BookingDialog()
            : base(nameof(BookingDialog))
        {
            AddDialog(new WaterfallDialog("booking", [NameStepAsync, StaffStepAsync, DateStepAsync, SummaryStepAsync]));
            AddDialog(new TextPrompt(nameof(TextPrompt)));
            AddDialog(new NumberPrompt<int>(nameof(NumberPrompt<int>)));
            AddDialog(new DatePrompt(nameof(DatePrompt), Clock));
        }

        private static Task<DialogTurnResult> NameStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
            stepContext.PromptAsync(nameof(TextPrompt), PromptOptions.FromText("请问企业名称？"), cancellationToken);

        private static Task<DialogTurnResult> StaffStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        {
            stepContext.Values.SetValue("name", stepContext.Result.ToValue<string>());
            return stepContext.PromptAsync(nameof(NumberPrompt<int>), PromptOptions.FromText("参加人数？"), cancellationToken);
        }

        private static Task<DialogTurnResult> DateStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        {
            var company = new Company(stepContext.Values.GetValue<string>("name")!, stepContext.Result.ToValue<int>());
            stepContext.Values.SetValue("company", company);
            return stepContext.PromptAsync(nameof(DatePrompt), PromptOptions.FromText("哪天来？"), cancellationToken);
        }

        private static async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        {
            var company = stepContext.Values.GetValue<Company>("company")!;
            var date = stepContext.Result.ToValue<DateOnly>();
            await stepContext.Context.SendActivityAsync(Activity.CreateMessage($"{company.Name}，{company.Staff}人，{date:yyyy-MM-dd}"), cancellationToken);
            return await stepContext.EndDialogAsync(new JsonObject { ["staff"] = company.Staff, ["date"] = date.ToString("O") }, cancellationToken);
        }
    }

    [Fact]
    public async Task Waterfall_AnswersOverSeveralTurns_ValuesSurviveStorageRoundTrip()
    {
        var flow = TestFlow.ForDialog(new BookingDialog());
        await flow
            .Send("你好").AssertReply("请问企业名称？")
            .Send("  绿源环保科技有限公司 ").AssertReply("参加人数？")
            .Then(async () =>
            {
                // Between turns the stack exists only as JSON in storage: waterfall values included.
                var stack = await flow.Adapter.ReadDialogStackAsync();
                var component = Assert.Single(stack)!.AsObject();
                Assert.Equal(nameof(BookingDialog), component["id"]!.GetValue<string>());
                var inner = component["state"]!["dialogs"]!["dialogStack"]!.AsArray();
                Assert.Equal(["NumberPrompt", "booking"], inner.Select(i => i!["id"]!.GetValue<string>()));
                Assert.Equal("绿源环保科技有限公司", inner[1]!["state"]!["values"]!["name"]!.GetValue<string>());
            })
            .Send("十五").AssertReply("哪天来？")
            .Send("下周三").AssertReply("绿源环保科技有限公司，15人，2026-12-02")
            .Then(() =>
            {
                Assert.Equal(DialogTurnStatus.Complete, flow.LastResult!.Status);
                Assert.Equal(15, flow.LastResult.Result!["staff"]!.GetValue<int>());
                Assert.Equal("2026-12-02", flow.LastResult.Result!["date"]!.GetValue<string>());
            })
            .Then(async () => Assert.Empty(await flow.Adapter.ReadDialogStackAsync()))
            .StartTestAsync();
    }

    [Fact]
    public async Task Waterfall_AfterCompleting_NextMessageStartsOver()
    {
        var flow = TestFlow.ForDialog(new BookingDialog());
        await flow
            .Send("开始").AssertReply("请问企业名称？")
            .Send("甲公司").AssertReply("参加人数？")
            .Send("3").AssertReply("哪天来？")
            .Send("明天").AssertReply("甲公司，3人，2026-11-26")
            .Send("再来").AssertReply("请问企业名称？")
            .StartTestAsync();
    }

    [Fact]
    public async Task WaterfallStep_NextAsync_RunsNextStepWithGivenResult()
    {
        var waterfall = new WaterfallDialog("skip", [
            (step, ct) => step.NextAsync(JsonValue.Create(41), ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(Activity.CreateMessage($"step {step.Index} got {step.Result.ToValue<int>() + 1} ({step.Reason})"), ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var flow = TestFlow.ForDialog(waterfall);
        await flow
            .Send("hi").AssertReply("step 1 got 42 (NextCalled)")
            .Then(() => Assert.Equal(DialogTurnStatus.Complete, flow.LastResult!.Status))
            .StartTestAsync();
    }

    [Fact]
    public async Task Waterfall_StepWaitsWithoutPrompt_UserTextBecomesNextResult()
    {
        var waterfall = new WaterfallDialog("echo", [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(Activity.CreateMessage("说点什么"), ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(Activity.CreateMessage($"你说：{step.Result.ToValue<string>()}"), ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]);
        var flow = TestFlow.ForDialog(waterfall);
        await flow
            .Send("开始").AssertReply("说点什么")
            .Send("你好").AssertReply("你说：你好")
            .Then(() => Assert.Equal("你好", flow.LastResult!.Result.ToValue<string>()))
            .StartTestAsync();
    }
}
