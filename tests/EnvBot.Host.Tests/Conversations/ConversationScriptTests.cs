namespace EnvBot.Host.Tests.Conversations;

/// <summary>Every script in Conversations/Scripts, played once with expectReplies and once through the Connector.</summary>
public sealed class ConversationScriptTests
{
    public static TheoryData<string, ScriptDelivery> Scripts()
    {
        var data = new TheoryData<string, ScriptDelivery>();
        foreach (var name in ConversationScript.Names)
        {
            data.Add(name, ScriptDelivery.ExpectReplies);
            data.Add(name, ScriptDelivery.Connector);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_PlayedOverHttp_BotRepliesAsWritten(string script, ScriptDelivery delivery)
    {
        await ConversationScriptRunner.RunAsync(ConversationScript.Load(script), delivery);
    }

    [Fact]
    public void Scripts_InOutputFolder_AtLeastOneEachForTheFoundationScenarios()
    {
        var names = ConversationScript.Names;
        Assert.Contains("welcome-on-members-added", names);
        Assert.Contains("help", names);
        Assert.Contains("fullwidth-help", names);
        Assert.Contains("not-understood", names);
        Assert.Contains("consultation-day-25-november", names);
        Assert.Contains("consultation-day-1-december-midnight", names);
    }

    [Fact]
    public void Scripts_InOutputFolder_CoverIssue4BindingAndAuthorisation()
    {
        var names = ConversationScript.Names;
        Assert.Contains("binding-two-channels", names);
        Assert.Contains("binding-refused-codes", names);
        Assert.Contains("enterprise-binding-step-by-step", names);
        Assert.Contains("enterprise-binding-one-message", names);
        Assert.Contains("authorization-refusals", names);
    }

    [Fact]
    public void Scripts_InOutputFolder_CoverIssue6PolicyQuestions()
    {
        var names = ConversationScript.Names;
        Assert.Contains("policy-question", names);
        Assert.Contains("policy-hand-over", names);
        Assert.Contains("policy-case-specific", names);
        Assert.Contains("complaint", names);
    }

    [Fact]
    public void Parse_SetupAdvanceCaptureAndSwitchingUser_StepsCarryTheirUserAndChannel()
    {
        var script = ConversationScript.Parse("t", "# now: 2026-11-25T09:00:00+08:00\n# setup: binding-code 管理员 -> admin\n# as: a user-id=u-a\nuser: 绑定 {admin}\nbot~ 已为\ncapture: c 码：(\\w+)\n# advance: 8d\n# as: b user-id=u-b\n# channel: msteams\nuser: 绑定 {c}\n");
        Assert.Equal([ScriptStepKind.BindingCode, ScriptStepKind.Message, ScriptStepKind.Advance, ScriptStepKind.Message], script.Steps.Select(s => s.Kind).ToArray());
        Assert.Equal(("管理员", "admin"), (script.Steps[0].Text, script.Steps[0].Variable!));
        Assert.Equal(("u-a", "test"), (script.Steps[1].UserId, script.Steps[1].ChannelId));
        Assert.Equal("c", script.Steps[1].Expectations[0].Capture!.Value.Variable);
        Assert.Equal(TimeSpan.FromDays(8), script.Steps[2].AdvanceBy);
        Assert.Equal(("u-b", "msteams"), (script.Steps[3].UserId, script.Steps[3].ChannelId));
    }

    [Fact]
    public void Parse_MultiLineBotTextAndButtons_KeepsInnerBlankLinesAndTrimsEnds()
    {
        var script = ConversationScript.Parse("t", "# now: 2026-11-25T09:00:00+08:00\n# as: enterprise user-id=u-9\nuser: 帮助\nbot: 第一行\n\n- 第二行\n\nbuttons: A | B\nuser: x\nbot~ 部分\n");
        Assert.Equal("u-9", script.UserId);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero), script.Now);
        Assert.Equal(2, script.Steps.Count);
        var first = Assert.Single(script.Steps[0].Expectations);
        Assert.Equal("第一行\n\n- 第二行", first.Text);
        Assert.Equal(["A", "B"], first.Buttons);
        Assert.True(Assert.Single(script.Steps[1].Expectations).Contains);
    }

    [Fact]
    public void Parse_UnknownLine_ThrowsWithFileAndLine()
    {
        var ex = Assert.Throws<FormatException>(() => ConversationScript.Parse("t", "# now: 2026-11-25T09:00:00+08:00\nusr: typo\n"));
        Assert.Contains("t.chat:2", ex.Message);
    }
}
