using System.Net;
using System.Text;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.RateLimiting;

public sealed class RateLimitingTests
{
    private static StringContent Message(string conversation, int n) => new(
        $$"""{"type":"message","id":"m-{{n}}","channelId":"test","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"{{conversation}}"},"from":{"id":"u-{{conversation}}"},"recipient":{"id":"b"},"text":"帮助","deliveryMode":"expectReplies"}""",
        Encoding.UTF8, "application/json");

    [Fact]
    public async Task OneConversationPastItsBurst_Gets429WithRetryAfter_AnotherConversationIsNotHeldBack()
    {
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PerConversationBurst"] = "3",
            ["RateLimiting:PerConversationPerMinute"] = "1",
        });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var r = await host.Client.PostAsync("api/messages", Message("c-busy", i));
            statuses.Add(r.StatusCode);
            if (r.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(r.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
            }
        }
        using var other = await host.Client.PostAsync("api/messages", Message("c-quiet", 9));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task OneAddressPastItsBurst_Gets429_BeforeTheBodyIsEvenRead()
    {
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PerIpBurst"] = "2",
            ["RateLimiting:PerIpPerSecond"] = "1",
        });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var r = await host.Client.PostAsync("api/messages", new StringContent("not json", Encoding.UTF8, "application/json"));
            statuses.Add(r.StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        // The page and health endpoints are not limited.
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("healthz")).StatusCode);
    }
}
