using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Protocol;

/// <summary>
/// Channels answer a reply with 201 {id} (Teams), 200 {id}, or 202 with no body (fixtures README §4.3); none of these,
/// nor a refusal, may fail the turn.
/// </summary>
public sealed class ConnectorAnswerTests(HostWithConnector env) : IClassFixture<HostWithConnector>
{
    [Theory]
    [InlineData(201, """{"id":"1:1Hn0YTM7y3Jqak0hiom8"}""")]
    [InlineData(200, """{"id":"abc123|0000005"}""")]
    [InlineData(202, "")]
    [InlineData(200, "")]
    [InlineData(201, "not json")]
    [InlineData(403, """{"error":{"code":"MessageWritesBlocked","message":"blocked"}}""")]
    [InlineData(500, "")]
    public async Task Reply_ConnectorAnswers_TurnSucceedsAndStateCommits(int status, string body)
    {
        env.Connector.Clear();
        env.Connector.Responder = _ => Results.Text(body, body.Length == 0 ? null : "application/json", statusCode: status);
        var conversation = $"answer-{status}-{body.Length}";
        var serviceUrl = env.Connector.BaseUrl.ToString();
        try
        {
            for (var i = 1; i <= 2; i++)
            {
                using var response = await env.Host.Client.PostAsync(BotClient.Message("帮助", conversationId: conversation, serviceUrl: serviceUrl, expectReplies: false));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(i, await BotStateProbe.ReadTurnsAsync(env.Host, "test", conversation));
            }
            Assert.Equal(2, (await env.Connector.WaitForAsync(2)).Count);
        }
        finally
        {
            env.Connector.Responder = null;
        }
    }
}
