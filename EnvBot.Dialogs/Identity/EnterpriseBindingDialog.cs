using System.Text.RegularExpressions;
using EnvBot.Data.Domain.Identity;
using EnvBot.Data.Identity;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Dialogs.Builder.Dialogs;
using EnvBot.Dialogs.Builder.Dialogs.Prompts;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Identity;

/// <summary>
/// An enterprise user identifies their enterprise the first time they need to: name + unified social credit code
/// (GB 32100-2015 check character), then is bound as its contact (issue 4). Accepts name and code in one message.
/// </summary>
public sealed partial class EnterpriseBindingDialog : InterruptibleComponentDialog
{
    public const string DialogId = nameof(EnterpriseBindingDialog);
    private const string NamePrompt = "enterpriseName";
    private const string CodePrompt = "creditCode";
    private const string ContactPrompt = "contactName";
    private const string ConfirmId = "confirm";

    private readonly IdentityService _identities;

    public EnterpriseBindingDialog(IdentityService identities)
        : base(DialogId)
    {
        _identities = identities;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [NameStepAsync, CodeStepAsync, ContactStepAsync, ConfirmStepAsync, SaveStepAsync]));
        AddDialog(new TextPrompt(NamePrompt));
        AddDialog(new TextPrompt(CodePrompt, ValidateCodeAsync));
        AddDialog(new TextPrompt(ContactPrompt));
        AddDialog(new ConfirmPrompt(ConfirmId));
        InitialDialogId = nameof(WaterfallDialog);
    }

    public override string HelpText => "正在进行企业认证：需要企业全称和统一社会信用代码（18位）。输入“取消”可退出。";

    private async Task<DialogTurnResult> NameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var name = step.Values.GetValue<string>("name");
        if (name is not null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
        return await step.PromptAsync(NamePrompt, PromptOptions.FromText(IdentityReplies.AskEnterpriseName), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> CodeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result?.ToValue<string>() is { } typed)
        {
            // "舟山XX公司，91330900XXXXXXXXXX" — split a code off the name when both came in one message.
            var (name, code) = SplitNameAndCode(typed);
            step.Values.SetValue("name", name);
            if (code is not null)
            {
                if (UnifiedSocialCreditCode.TryParse(code, out var parsed, out var error))
                {
                    step.Values.SetValue("code", parsed.ToString());
                    return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
                }
                // The code came with the name but is wrong: say what is wrong rather than silently asking again.
                return await step.PromptAsync(CodePrompt, PromptOptions.FromText(error + IdentityReplies.AskCreditCode), cancellationToken).ConfigureAwait(false);
            }
        }
        return await step.PromptAsync(CodePrompt, PromptOptions.FromText(IdentityReplies.AskCreditCode), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ContactStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result?.ToValue<string>() is { } typed && UnifiedSocialCreditCode.TryParse(typed, out var parsed, out _))
        {
            step.Values.SetValue("code", parsed.ToString());
        }
        return await step.PromptAsync(ContactPrompt, PromptOptions.FromText(IdentityReplies.AskContactName), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var contact = step.Result?.ToValue<string>()?.Trim();
        if (contact is not null && contact is not "跳过" and not "无" and not "不填")
        {
            step.Values.SetValue("contact", contact);
        }
        var text = IdentityReplies.ConfirmEnterprise(step.Values.GetValue<string>("name")!, step.Values.GetValue<string>("code")!, step.Values.GetValue<string>("contact"));
        return await step.PromptAsync(ConfirmId, PromptOptions.FromText(text), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result?.ToValue<bool>() != true)
        {
            // Start over from the name, keeping nothing the user said was wrong.
            step.Values.Remove("name");
            step.Values.Remove("code");
            step.Values.Remove("contact");
            return await step.ReplaceDialogAsync(nameof(WaterfallDialog), null, cancellationToken).ConfigureAwait(false);
        }
        var a = step.Context.Activity;
        var bureauId = await _identities.BureauIdAsync(ReferenceData.BureauCode, cancellationToken).ConfigureAwait(false);
        var (ok, _, identity) = await _identities.BindEnterpriseContactAsync(
            a.ChannelId!, a.From!.Id!, bureauId, step.Values.GetValue<string>("name")!, step.Values.GetValue<string>("code")!,
            step.Values.GetValue<string>("contact"), cancellationToken).ConfigureAwait(false);
        await step.Context.SendActivityAsync(Activity.CreateMessage(ok ? IdentityReplies.EnterpriseBound(identity) : IdentityReplies.CodeMismatch), cancellationToken).ConfigureAwait(false);
        if (ok)
        {
            step.Context.SetIdentity(identity);
        }
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static Task<bool> ValidateCodeAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        if (UnifiedSocialCreditCode.TryParse(prompt.Recognized.Value, out _, out var error))
        {
            return Task.FromResult(true);
        }
        // Re-prompt with exactly what was wrong (issue: "an invalid credit code re-prompts with what was wrong").
        prompt.Options.RetryPrompt = Activity.CreateMessage(error + "请重新输入。");
        return Task.FromResult(false);
    }

    internal static (string Name, string? Code) SplitNameAndCode(string typed)
    {
        var match = CodeLike().Match(typed);
        if (!match.Success)
        {
            return (typed.Trim(), null);
        }
        var name = (typed[..match.Index] + typed[(match.Index + match.Length)..]).Trim(' ', ',', '，', '、', ';', '；', '\n');
        return (name, match.Value);
    }

    // 18 code characters, possibly grouped with spaces as people copy them off a licence ("9133 0902 MA2A …").
    [GeneratedRegex("[0-9A-Za-z０-９Ａ-Ｚａ-ｚ](?:[ \u3000]*[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]){17}")]
    private static partial Regex CodeLike();
}
