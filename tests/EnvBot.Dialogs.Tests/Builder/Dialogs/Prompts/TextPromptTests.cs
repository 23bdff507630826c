using EnvBot.Dialogs.Builder.Dialogs.Prompts;
using EnvBot.Dialogs.Tests.Builder.Testing;

namespace EnvBot.Dialogs.Tests.Builder.Dialogs.Prompts;

public sealed class TextPromptTests
{
    [Fact]
    public async Task TextPrompt_BlankThenText_RetriesThenReturnsTrimmedText()
    {
        var flow = TestFlow.ForDialog(PromptTestDialogs.Asking(new TextPrompt("t"), PromptOptions.FromText("企业名称？")));
        await flow
            .Send("hi").AssertReply("企业名称？")
            .Send("　 ").AssertReply(PromptReplies.TextRetry)
            .Send("  绿源公司 ").AssertReply("结果：\"绿源公司\"")
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_ValidatorSendsOwnMessage_PromptDoesNotAddRetry()
    {
        PromptValidator<string> creditCode = async (ctx, ct) =>
        {
            if (ctx.Recognized.Value?.Length == 18)
            {
                return true;
            }
            await ctx.Context.SendActivityAsync(EnvBot.Dialogs.Builder.Schema.Activity.CreateMessage("统一社会信用代码应为18位。"), ct);
            return false;
        };
        var flow = TestFlow.ForDialog(PromptTestDialogs.Asking(new TextPrompt("t", creditCode), PromptOptions.FromText("信用代码？")));
        await flow
            .Send("hi").AssertReply("信用代码？")
            .Send("123").AssertReply("统一社会信用代码应为18位。")
            .Send("91350100M000100Y43").AssertReply("结果：\"91350100M000100Y43\"")
            .StartTestAsync();
    }
}
