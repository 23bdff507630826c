using System.Text.Json.Nodes;
using EnvBot.Dialogs.Builder.Dialogs;
using EnvBot.Dialogs.Builder.Dialogs.Prompts;
using EnvBot.Dialogs.Builder.Schema;
using Microsoft.Extensions.Time.Testing;

namespace EnvBot.Dialogs.Tests.Builder.Dialogs;

/// <summary>
/// Two levels of components, as a feature dialog would be built: an interruptible outer dialog asks the company
/// name and then begins an inner (plain) component that asks staff count and date, and returns them as JSON.
/// </summary>
internal static class NestedDialogs
{
    public const string AskName = "请问企业名称？";
    public const string AskStaff = "参加人数？";
    public const string AskDate = "哪天来？";
    public const string Help = "这里是预约帮助。";

    // 2026-11-25 09:00 Beijing.
    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));

    public static Dialog Outer(bool innerInterruptible = false, bool outerInterruptible = true) =>
        new OuterDialog(outerInterruptible, new InnerDialog(innerInterruptible, Clock()));

    private sealed class OuterDialog : InterruptibleComponentDialog
    {
        private readonly bool _interruptible;

        public OuterDialog(bool interruptible, Dialog inner)
            : base("outer")
        {
            _interruptible = interruptible;
            AddDialog(new WaterfallDialog("outer.steps", [NameStepAsync, DetailsStepAsync, SummaryStepAsync]));
            AddDialog(new TextPrompt("name"));
            AddDialog(inner);
        }

        public override string HelpText => Help;

        protected override Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
            _interruptible ? base.OnContinueDialogAsync(innerDc, cancellationToken) : ContinueWithoutInterruptionsAsync(innerDc, cancellationToken);

        private static Task<DialogTurnResult> ContinueWithoutInterruptionsAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
            innerDc.ContinueDialogAsync(cancellationToken);

        private static Task<DialogTurnResult> NameStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
            stepContext.PromptAsync("name", PromptOptions.FromText(AskName), cancellationToken);

        private static Task<DialogTurnResult> DetailsStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        {
            stepContext.Values.SetValue("name", stepContext.Result.ToValue<string>());
            return stepContext.BeginDialogAsync("inner", new JsonObject { ["company"] = stepContext.Result.ToValue<string>() }, cancellationToken);
        }

        private static async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        {
            var details = stepContext.Result!.AsObject();
            var text = $"{stepContext.Values.GetValue<string>("name")}：{details.GetValue<int>("staff")}人，{details.GetValue<DateOnly>("date"):M月d日}";
            await stepContext.Context.SendActivityAsync(Activity.CreateMessage(text), cancellationToken);
            return await stepContext.EndDialogAsync(details, cancellationToken);
        }
    }

    private sealed class InnerDialog : InterruptibleComponentDialog
    {
        private readonly bool _interruptible;

        public InnerDialog(bool interruptible, TimeProvider clock)
            : base("inner")
        {
            _interruptible = interruptible;
            AddDialog(new WaterfallDialog("inner.steps", [StaffStepAsync, DateStepAsync, DoneStepAsync]));
            AddDialog(new NumberPrompt<int>("staff"));
            AddDialog(new DatePrompt("date", clock));
        }

        public override string HelpText => "内层帮助。";

        protected override Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
            _interruptible ? base.OnContinueDialogAsync(innerDc, cancellationToken) : innerDc.ContinueDialogAsync(cancellationToken);

        private static Task<DialogTurnResult> StaffStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        {
            // Options come back from storage as JSON too.
            Assert.False(string.IsNullOrEmpty(stepContext.Options!["company"]!.GetValue<string>()));
            return stepContext.PromptAsync("staff", PromptOptions.FromText(AskStaff), cancellationToken);
        }

        private static Task<DialogTurnResult> DateStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        {
            stepContext.Values.SetValue("staff", stepContext.Result.ToValue<int>());
            return stepContext.PromptAsync("date", PromptOptions.FromText(AskDate), cancellationToken);
        }

        private static Task<DialogTurnResult> DoneStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        {
            var result = new JsonObject { ["staff"] = stepContext.Values.GetValue<int>("staff") };
            result.SetValue("date", stepContext.Result.ToValue<DateOnly>());
            return stepContext.EndDialogAsync(result, cancellationToken);
        }
    }
}
