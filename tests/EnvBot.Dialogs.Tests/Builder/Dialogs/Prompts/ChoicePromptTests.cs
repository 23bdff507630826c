using EnvBot.Dialogs.Builder.Dialogs;
using EnvBot.Dialogs.Builder.Dialogs.Prompts;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Tests.Builder.Testing;

namespace EnvBot.Dialogs.Tests.Builder.Dialogs.Prompts;

public sealed class ChoicePromptTests
{
    private static readonly List<Choice> Choices =
    [
        new("现场咨询", "到现场", "线下"),
        new("电话咨询", "打电话"),
        new("网上咨询", "线上", "网络"),
    ];

    [Theory]
    [InlineData("1", 0)]
    [InlineData("２", 1)]
    [InlineData("第三个", 2)]
    [InlineData("第2项", 1)]
    [InlineData("三", 2)]
    [InlineData("电话咨询", 1)]
    [InlineData("网上咨询。", 2)]
    [InlineData("线下", 0)]
    [InlineData("打电话", 1)]
    [InlineData("我想要电话咨询吧", 1)]
    [InlineData("现场", 0)]
    public void ChoicePrompt_Recognize_FindsChoice(string text, int expectedIndex)
    {
        var found = ChoicePrompt.Recognize(text, Choices);
        Assert.NotNull(found);
        Assert.Equal(expectedIndex, found.Index);
        Assert.Equal(Choices[expectedIndex].Value, found.Value);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("第零个")]
    [InlineData("咨询")]
    [InlineData("随便")]
    [InlineData("")]
    public void ChoicePrompt_Recognize_NoOrAmbiguousMatch_ReturnsNull(string text) =>
        Assert.Null(ChoicePrompt.Recognize(text, Choices));

    [Fact]
    public async Task ChoicePrompt_Prompt_RendersImBackButtonsAndReturnsFoundChoice()
    {
        var options = PromptOptions.FromText("请选择咨询方式：");
        options.Choices = Choices;
        var flow = TestFlow.ForDialog(PromptTestDialogs.Asking(new ChoicePrompt("c"), options));
        await flow
            .Send("hi").AssertReply(a =>
            {
                Assert.Equal("请选择咨询方式：", a.Text);
                var actions = a.SuggestedActions!.Actions;
                Assert.Equal(["现场咨询", "电话咨询", "网上咨询"], actions.Select(x => x.Title));
                Assert.All(actions, x => Assert.Equal(ActionTypes.ImBack, x.Type));
                Assert.Equal("电话咨询", actions[1].Value!.Value.GetString());
            })
            .Send("随便").AssertReply(a =>
            {
                Assert.Equal(PromptReplies.ChoiceRetry, a.Text);
                Assert.Equal(3, a.SuggestedActions!.Actions.Count);
            })
            .Send("第二个").AssertReply("结果：{\"value\":\"电话咨询\",\"index\":1}")
            .Then(() => Assert.Equal("电话咨询", flow.LastResult!.Result.ToValue<FoundChoice>()!.Value))
            .StartTestAsync();
    }
}
