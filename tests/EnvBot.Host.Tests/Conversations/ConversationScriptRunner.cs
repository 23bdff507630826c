using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Conversations;

/// <summary>
/// Plays a <see cref="ConversationScript"/> against the real host over HTTP, with the clock set to the script's
/// <c># now:</c>. In <see cref="ScriptDelivery.Connector"/> mode it also checks how each reply is addressed
/// (BOTFRAMEWORK.md §1.7, §3.1; fixtures README §4.3).
/// </summary>
public static class ConversationScriptRunner
{
    private const string BotId = "envbot";

    public static async Task RunAsync(ConversationScript script, ScriptDelivery delivery)
    {
        await using var host = await TestHost.StartAsync(now: script.Now);
        await using var connector = delivery == ScriptDelivery.Connector ? await FakeConnector.StartAsync() : null;
        // A region path like Teams' /amer/, and ids with ':' and '|' that must be escaped as one path segment each.
        var serviceUrl = connector is null ? null : new Uri(connector.BaseUrl, "amer/").ToString();
        var conversationId = $"a:{script.Name}|{delivery}";

        var sequence = 0;
        foreach (var step in script.Steps)
        {
            var activity = step.MembersAdded
                ? MembersAdded(script, conversationId, serviceUrl)
                : BotClient.Message(step.Text, script.UserId, conversationId, script.ChannelId, serviceUrl, expectReplies: delivery == ScriptDelivery.ExpectReplies);
            activity.Id = $"{conversationId}|{++sequence:D7}";

            IReadOnlyList<Activity> replies;
            if (connector is null)
            {
                replies = await host.Client.SendAsync(activity);
            }
            else
            {
                connector.Clear();
                using var response = await host.Client.PostAsync(activity);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("", await response.Content.ReadAsStringAsync());
                var requests = await connector.WaitForAsync(step.Expectations.Count);
                foreach (var request in requests)
                {
                    AssertAddressed(request, activity, serviceUrl!, Where(script, step.Line));
                }
                replies = requests.Select(r => r.Activity).ToList();
            }

            AssertReplies(script, step, replies, delivery);
        }
    }

    private static Activity MembersAdded(ConversationScript script, string conversationId, string? serviceUrl) => new()
    {
        // As the Emulator sends it (fixture 24): the bot and the user arrive in one conversationUpdate.
        Type = ActivityTypes.ConversationUpdate,
        ChannelId = script.ChannelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = script.UserId, Name = "用户" },
        Recipient = new ChannelAccount { Id = BotId, Name = "EnvBot" },
        Conversation = new ConversationAccount { Id = conversationId },
        MembersAdded = [new ChannelAccount { Id = BotId, Name = "EnvBot" }, new ChannelAccount { Id = script.UserId, Name = "用户" }],
    };

    private static void AssertAddressed(CapturedRequest request, Activity inbound, string serviceUrl, string where)
    {
        var expectedTarget = new Uri(serviceUrl).AbsolutePath
            + "v3/conversations/" + Uri.EscapeDataString(inbound.Conversation!.Id!)
            + "/activities/" + Uri.EscapeDataString(inbound.Id!);
        Assert.True(request.Method == "POST", $"{where}: reply sent with {request.Method}");
        Assert.True(request.RawTarget == expectedTarget, $"{where}: reply posted to {request.RawTarget}, expected {expectedTarget}");
        var reply = request.Activity;
        Assert.True(reply.From?.Id == inbound.Recipient!.Id, $"{where}: reply.from is {reply.From?.Id}, expected the bot {inbound.Recipient.Id}");
        Assert.True(reply.Recipient?.Id == inbound.From!.Id, $"{where}: reply.recipient is {reply.Recipient?.Id}, expected the user {inbound.From.Id}");
        Assert.True(reply.Conversation?.Id == inbound.Conversation.Id, $"{where}: reply.conversation is {reply.Conversation?.Id}");
        Assert.True(reply.ReplyToId == inbound.Id, $"{where}: reply.replyToId is {reply.ReplyToId}, expected {inbound.Id}");
        Assert.True(reply.ChannelId == inbound.ChannelId, $"{where}: reply.channelId is {reply.ChannelId}");
    }

    private static void AssertReplies(ConversationScript script, ScriptStep step, IReadOnlyList<Activity> replies, ScriptDelivery delivery)
    {
        var where = $"{Where(script, step.Line)} ({delivery})";
        if (replies.Count != step.Expectations.Count)
        {
            Assert.Fail($"{where}: expected {step.Expectations.Count} replies, got {replies.Count}:\n" +
                string.Join("\n---\n", replies.Select(r => r.Text)));
        }
        for (var i = 0; i < replies.Count; i++)
        {
            var expected = step.Expectations[i];
            var actual = (replies[i].Text ?? "").Trim();
            var at = $"{Where(script, expected.Line)} ({delivery})";
            var ok = expected.Contains ? actual.Contains(expected.Text, StringComparison.Ordinal) : actual == expected.Text;
            if (!ok)
            {
                Assert.Fail($"{at}: reply does not {(expected.Contains ? "contain" : "equal")} the script's text.\nexpected: {expected.Text}\nactual:   {actual}");
            }
            if (expected.Buttons is { } buttons)
            {
                var titles = replies[i].SuggestedActions?.Actions.Select(a => a.Title ?? "").ToList() ?? [];
                Assert.True(titles.SequenceEqual(buttons), $"{at}: buttons are [{string.Join(" | ", titles)}], expected [{string.Join(" | ", buttons)}]");
            }
        }
    }

    private static string Where(ConversationScript script, int line) => $"{script.Name}.chat:{line}";
}
