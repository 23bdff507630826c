using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.Protocol;

public sealed class ProductionAuthenticationTests
{
    [Fact]
    public async Task Production_WithoutMicrosoftAppId_RefusesToStart()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TestHost.StartAsync(settings: new Dictionary<string, string?> { ["environment"] = "Production" }));

        Assert.Contains("MicrosoftAppId is not configured", ex.Message);
    }

    [Fact]
    public async Task Production_WithMicrosoftAppId_UnauthenticatedPostIsRefused()
    {
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b07a",
        });

        using var response = await host.Client.PostAsync("api/messages", new StringContent("""{"type":"message","id":"1","channelId":"test","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"},"text":"帮助"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
