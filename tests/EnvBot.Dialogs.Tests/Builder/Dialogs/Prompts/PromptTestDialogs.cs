using System.Text.Encodings.Web;
using System.Text.Json;
using EnvBot.Dialogs.Builder.Dialogs;
using EnvBot.Dialogs.Builder.Dialogs.Prompts;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Tests.Builder.Dialogs.Prompts;

/// <summary>Wraps one prompt in a component whose waterfall asks it, then echoes the JSON result.</summary>
internal static class PromptTestDialogs
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Dialog Asking(Dialog prompt, PromptOptions options, bool interruptible = false)
    {
        var component = interruptible ? new InterruptibleComponentDialog("test") : new ComponentDialog("test");
        component.AddDialog(new WaterfallDialog("steps", [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(Activity.CreateMessage($"结果：{step.Result?.ToJsonString(Json)}"), ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        component.AddDialog(prompt);
        return component;
    }
}
