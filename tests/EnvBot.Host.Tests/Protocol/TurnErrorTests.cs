using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Main;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Protocol;

/// <summary>A turn that throws: the user gets an apology, the channel gets 200, state is reset, and nothing personal is logged.</summary>
public sealed class TurnErrorTests
{
    /// <summary>A made-up resident ID number: personal data that must never reach a log.</summary>
    private const string FakeIdNumber = "330902199001011234";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Turn_BotThrows_ApologyAnd200AndStateClearedAndNoTextInLogs(bool expectReplies)
    {
        var logs = new CapturingLoggerProvider();
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await TestHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            configure: b =>
            {
                b.Logging.AddProvider(logs);
                b.Services.AddSingleton<IBot>(sp => new ThrowingBot(ActivatorUtilities.CreateInstance<MainBot>(sp)));
            });
        const string conversation = "turn-error";
        var serviceUrl = connector.BaseUrl.ToString();

        Assert.Single(await host.Client.SendAsync(BotClient.Message("帮助", conversationId: conversation)));
        Assert.Single(await host.Client.SendAsync(BotClient.Message("咨询日", conversationId: conversation)));
        Assert.Equal(2, await BotStateProbe.ReadTurnsAsync(host, "test", conversation));

        var failing = BotClient.Message($"我的身份证号是{FakeIdNumber}", conversationId: conversation, serviceUrl: serviceUrl, expectReplies: expectReplies);
        using var response = await host.Client.PostAsync(failing);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string? apology;
        if (expectReplies)
        {
            var replies = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync(response.Content, EnvBot.Dialogs.Builder.Schema.BotJson.Context.ExpectedReplies);
            apology = Assert.Single(replies!.Activities).Text;
        }
        else
        {
            var request = Assert.Single(await connector.WaitForAsync(1));
            apology = request.Activity.Text;
            Assert.Equal(failing.Id, request.Activity.ReplyToId);
        }

        Assert.Equal(MainReplies.TurnFailed, apology);
        Assert.Null(await BotStateProbe.ReadConversationAsync(host, "test", conversation));
        Assert.Contains(logs.Lines, l => l.Contains("Turn failed", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(FakeIdNumber, StringComparison.Ordinal));

        // The conversation goes on from a clean slate.
        Assert.Single(await host.Client.SendAsync(BotClient.Message("帮助", conversationId: conversation)));
        Assert.Equal(1, await BotStateProbe.ReadTurnsAsync(host, "test", conversation));
    }

    /// <summary>Runs MainBot (so state is loaded and changed), then throws on text with 身份证, quoting the text as careless code would.</summary>
    private sealed class ThrowingBot(IBot inner) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            await inner.OnTurnAsync(turnContext, cancellationToken);
            if (turnContext.Activity.Text?.Contains("身份证", StringComparison.Ordinal) == true)
            {
                throw new InvalidOperationException($"could not handle '{turnContext.Activity.Text}'");
            }
        }
    }
}
