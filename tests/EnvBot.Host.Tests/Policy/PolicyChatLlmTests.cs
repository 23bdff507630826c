using EnvBot.Knowledge.Tests.Routing;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Policy;
using EnvBot.Host.Outbox;
using EnvBot.Host.Tests.Infrastructure;
using EnvBot.Knowledge.Policy;
using EnvBot.Knowledge.Routing;

namespace EnvBot.Host.Tests.Policy;

/// <summary>
/// Issue 6 through the real host with the LLM switched on against a fake OpenAI-compatible server on loopback: a prompt
/// model answers in the turn; a slow one gets an acknowledgement at once and the answer proactively via the outbox.
/// </summary>
public sealed class PolicyChatLlmTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(8));
    private const string Question = "排污许可证有效期内新增排污口，要不要重新申请排污许可证？";
    private const string ModelText = "新增排污口应当重新申请取得排污许可证。";

    private sealed class Chat : IAsyncDisposable
    {
        public required TestHost Host { get; init; }
        public required FakeConnector Connector { get; init; }
        public required FakeChatCompletionServer Model { get; init; }

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            await Connector.DisposeAsync();
            await Model.DisposeAsync();
        }
    }

    private static async Task<Chat> StartAsync(double inlineSeconds, double timeoutSeconds, TimeSpan modelDelay)
    {
        var model = await FakeChatCompletionServer.StartAsync();
        model.Delay = modelDelay;
        var connector = await FakeConnector.StartAsync();
        var host = await TestHost.StartAsync(Now, settings: new Dictionary<string, string?>
        {
            ["Llm:Enabled"] = "true",
            ["Llm:Endpoint"] = model.BaseUrl + "/v1",
            ["Llm:Model"] = "fake-model",
            ["Llm:ApiKey"] = "test-key",
            ["Llm:InlineAnswerSeconds"] = inlineSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Llm:AnswerTimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        // Load the index and router before the turn, as the host's warm-up does, so timings measure the answer only.
        _ = host.Services.GetRequiredService<Lazy<PolicySearch>>().Value;
        _ = host.Services.GetRequiredService<LiveDepartmentRouter>().Current;
        var top = host.Services.GetRequiredService<PolicySearch>().Search(Question, 10).Hits[0];
        model.Content = JsonSerializer.Serialize(new { points = new[] { new { text = ModelText, sources = new[] { PolicyReplies.Quote(top) } } } });
        return new Chat { Host = host, Connector = connector, Model = model };
    }

    private static Task<IReadOnlyList<Activity>> AskAsync(Chat chat, string conversationId, string question = Question) =>
        chat.Host.Client.SendAsync(BotClient.Message(question, "u-llm", conversationId, serviceUrl: chat.Connector.BaseUrl.ToString()));

    /// <param name="skip">Answers already delivered to this conversation, to wait for the next one.</param>
    private static async Task<Activity> DeliveredAsync(Chat chat, string conversationId, int skip = 0)
    {
        var sender = chat.Host.Services.GetRequiredService<OutboxSender>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            await sender.SendDueAsync(default);
            if (chat.Connector.Requests.Select(r => r.Activity).Where(a => a.Conversation?.Id == conversationId).Skip(skip).FirstOrDefault() is { } delivered)
            {
                return delivered;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("no proactive answer reached the connector");
    }

    [Fact]
    public async Task PromptModel_GroundedAnswerInTheTurn()
    {
        await using var chat = await StartAsync(inlineSeconds: 20, timeoutSeconds: 20, TimeSpan.Zero);

        var reply = Assert.Single(await AskAsync(chat, "conv-llm-fast"));

        Assert.Contains(ModelText, reply.Text, StringComparison.Ordinal);
        Assert.Contains("依据：", reply.Text, StringComparison.Ordinal);
        Assert.Contains("仅供参考", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["转人工", "帮助"], reply.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Single(chat.Model.Requests);
    }

    [Fact]
    public async Task SlowModel_AcknowledgedAtOnce_AnswerDeliveredProactively()
    {
        await using var chat = await StartAsync(inlineSeconds: 0.5, timeoutSeconds: 30, TimeSpan.FromSeconds(4));
        var watch = Stopwatch.StartNew();

        var ack = Assert.Single(await AskAsync(chat, "conv-llm-slow"));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"the acknowledgement took {watch.Elapsed}");
        Assert.Equal(PolicyConversationReplies.Working, ack.Text);
        var answer = await DeliveredAsync(chat, "conv-llm-slow");
        Assert.Contains(ModelText, answer.Text, StringComparison.Ordinal);
        Assert.Equal("u-llm", answer.Recipient?.Id);
        Assert.Equal(["转人工", "帮助"], answer.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task SlowModel_FollowUpAnswerDeliveredLater_SaysWhichQuestionItWasReadWith()
    {
        await using var chat = await StartAsync(inlineSeconds: 0.3, timeoutSeconds: 30, TimeSpan.FromSeconds(1));
        Assert.Equal(PolicyConversationReplies.Working, Assert.Single(await AskAsync(chat, "conv-llm-follow")).Text);
        Assert.DoesNotContain("结合您上一个问题", (await DeliveredAsync(chat, "conv-llm-follow")).Text, StringComparison.Ordinal);

        Assert.Equal(PolicyConversationReplies.Working, Assert.Single(await AskAsync(chat, "conv-llm-follow", "那不申请会罚多少？")).Text);

        var answer = await DeliveredAsync(chat, "conv-llm-follow", skip: 1);
        Assert.StartsWith(PolicyConversationReplies.ReadWith(Question), answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelSlowerThanItsTimeout_AcknowledgedThenExtractiveAnswerDeliveredProactively()
    {
        await using var chat = await StartAsync(inlineSeconds: 0.3, timeoutSeconds: 1.5, TimeSpan.FromSeconds(30));

        var ack = Assert.Single(await AskAsync(chat, "conv-llm-timeout"));

        Assert.Equal(PolicyConversationReplies.Working, ack.Text);
        var answer = await DeliveredAsync(chat, "conv-llm-timeout");
        var search = chat.Host.Services.GetRequiredService<PolicySearch>();
        Assert.Equal(new PolicyAnswerComposer().Compose(search.Search(Question, 10)).Text, answer.Text);
        Assert.DoesNotContain(ModelText, answer.Text, StringComparison.Ordinal);
    }
}
