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
        var baseConversationId = $"a:{script.Name}|{delivery}";
        var first = script.Steps.FirstOrDefault();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);

        var sequence = 0;
        foreach (var step in script.Steps)
        {
            if (step.Kind == ScriptStepKind.Advance)
            {
                host.Time.Advance(step.AdvanceBy);
                continue;
            }
            if (step.Kind == ScriptStepKind.BindingCode)
            {
                variables[step.Variable!] = await ScriptSetup.BindingCodeAsync(host, step.Text);
                continue;
            }
            // Each account talks in its own 1:1 conversation, as it would on a real channel.
            var conversationId = first is null || (step.UserId == first.UserId && step.ChannelId == first.ChannelId)
                ? baseConversationId
                : $"{baseConversationId}|{step.ChannelId}|{step.UserId}";
            var activity = step.MembersAdded
                ? MembersAdded(step, conversationId, serviceUrl)
                : BotClient.Message(Substitute(step.Text, variables), step.UserId, conversationId, step.ChannelId, serviceUrl, expectReplies: delivery == ScriptDelivery.ExpectReplies);
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
                var requests = await RepliesToAsync(connector, activity, step.Expectations.Count);
                foreach (var request in requests)
                {
                    AssertAddressed(request, activity, serviceUrl!, Where(script, step.Line));
                }
                replies = requests.Select(r => r.Activity).ToList();
            }

            AssertReplies(script, step, replies, delivery, variables);
        }
    }

    /// <summary>
    /// The requests that reply to <paramref name="inbound"/>. A step may also make the bot write proactively to
    /// another conversation through the outbox (an enterprise told of a review decision); those are not replies.
    /// </summary>
    private static async Task<IReadOnlyList<CapturedRequest>> RepliesToAsync(FakeConnector connector, Activity inbound, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var replies = connector.Requests.Where(r => r.RawTarget.EndsWith("/activities/" + Uri.EscapeDataString(inbound.Id!), StringComparison.Ordinal)).ToList();
            if (replies.Count >= count || DateTime.UtcNow > deadline)
            {
                // Anything else addressed to the inbound conversation (wrongly addressed replies) still fails the step.
                return replies.Count >= count ? replies : connector.Requests.Where(r => !IsProactive(r)).ToList();
            }
            await Task.Delay(20);
        }
    }

    private static bool IsProactive(CapturedRequest request) => request.RawTarget.EndsWith("/activities", StringComparison.Ordinal) && request.Activity.ReplyToId is null;

    private static Activity MembersAdded(ScriptStep step, string conversationId, string? serviceUrl) => new()
    {
        // As the Emulator sends it (fixture 24): the bot and the user arrive in one conversationUpdate.
        Type = ActivityTypes.ConversationUpdate,
        ChannelId = step.ChannelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = step.UserId, Name = "用户" },
        Recipient = new ChannelAccount { Id = BotId, Name = "EnvBot" },
        Conversation = new ConversationAccount { Id = conversationId },
        MembersAdded = [new ChannelAccount { Id = BotId, Name = "EnvBot" }, new ChannelAccount { Id = step.UserId, Name = "用户" }],
    };

    /// <summary>Replaces <c>{name}</c> with a captured value; unknown names stay as written.</summary>
    private static string Substitute(string text, Dictionary<string, string> variables)
    {
        foreach (var (name, value) in variables)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }
        return text;
    }

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

    private static void AssertReplies(ConversationScript script, ScriptStep step, IReadOnlyList<Activity> replies, ScriptDelivery delivery, Dictionary<string, string> variables)
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
            var text = Substitute(expected.Text, variables);
            var ok = expected.Contains ? actual.Contains(text, StringComparison.Ordinal) : actual == text;
            if (!ok)
            {
                Assert.Fail($"{at}: reply does not {(expected.Contains ? "contain" : "equal")} the script's text.\nexpected: {text}\nactual:   {actual}");
            }
            if (expected.Buttons is { } buttons)
            {
                var titles = replies[i].SuggestedActions?.Actions.Select(a => a.Title ?? "").ToList() ?? [];
                Assert.True(titles.SequenceEqual(buttons), $"{at}: buttons are [{string.Join(" | ", titles)}], expected [{string.Join(" | ", buttons)}]");
            }
            if (expected.Capture is var (variable, pattern))
            {
                var match = pattern.Match(actual);
                Assert.True(match.Success && match.Groups.Count > 1, $"{at}: capture '{pattern}' does not match the reply:\n{actual}");
                variables[variable] = match.Groups[1].Value;
            }
        }
    }

    private static string Where(ConversationScript script, int line) => $"{script.Name}.chat:{line}";
}
