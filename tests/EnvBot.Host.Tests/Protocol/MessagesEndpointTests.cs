using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Protocol;

public sealed class MessagesEndpointTests
{
    [Fact]
    public async Task Post_ConsultationDayWithExpectReplies_ReturnsNextSessionInBody()
    {
        await using var host = await TestHost.StartAsync(now: new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(8)));
        var replies = await host.Client.SendAsync(BotClient.Message("咨询日"));
        var reply = Assert.Single(replies);
        Assert.Contains("2026年12月10日", reply.Text);
    }
}
