using EnvBot.Host.Protocol.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace EnvBot.Host.Tests.Authentication;

public sealed class TrustedServiceUrlsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ShouldAttachToken_UntrustedUrl_False()
    {
        var trusted = new TrustedServiceUrls(new BotAuthenticationOptions { MicrosoftAppId = "app" }, _time);

        Assert.False(trusted.ShouldAttachToken("https://attacker.example/"));
        Assert.False(trusted.ShouldAttachToken(null));
        Assert.False(trusted.ShouldAttachToken("not a url"));
    }

    [Fact]
    public void ShouldAttachToken_AfterTrust_TrueIgnoringCaseAndTrailingSlash()
    {
        var trusted = new TrustedServiceUrls(new BotAuthenticationOptions { MicrosoftAppId = "app" }, _time);

        trusted.Trust("https://smba.trafficmanager.net/amer/");

        Assert.True(trusted.ShouldAttachToken("https://SMBA.trafficmanager.net/amer"));
        Assert.False(trusted.ShouldAttachToken("https://smba.trafficmanager.net/emea/"));
    }

    [Fact]
    public void ShouldAttachToken_TrustedUrlWithUserInfo_False()
    {
        var trusted = new TrustedServiceUrls(new BotAuthenticationOptions { MicrosoftAppId = "app" }, _time);
        trusted.Trust("https://smba.trafficmanager.net/amer/");

        Assert.False(trusted.ShouldAttachToken("https://smba.trafficmanager.net@attacker.example/amer/"));
    }

    [Fact]
    public void ShouldAttachToken_24HoursWithoutAuthenticatedActivity_False()
    {
        var trusted = new TrustedServiceUrls(new BotAuthenticationOptions { MicrosoftAppId = "app" }, _time);
        trusted.Trust("https://smba.trafficmanager.net/amer/");

        _time.Advance(TimeSpan.FromHours(20));
        trusted.Trust("https://smba.trafficmanager.net/amer/"); // sliding: a new activity extends trust
        _time.Advance(TimeSpan.FromHours(20));
        Assert.True(trusted.ShouldAttachToken("https://smba.trafficmanager.net/amer/"));

        _time.Advance(TimeSpan.FromHours(5));
        Assert.False(trusted.ShouldAttachToken("https://smba.trafficmanager.net/amer/"));
    }

    [Theory]
    [InlineData("https://europe.botframework.com/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://SMBA.trafficmanager.net/emea/", true)]
    [InlineData("http://europe.botframework.com/", false)]
    [InlineData("https://europe.botframework.com:8443/", false)]
    [InlineData("https://botframework.com/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("https://smba.trafficmanager.net.attacker.example/", false)]
    public void ShouldAttachToken_ConfiguredHosts_MatchOnlyHttpsHostOrSubdomain(string serviceUrl, bool expected)
    {
        var options = new BotAuthenticationOptions { MicrosoftAppId = "app", TrustedServiceUrlHosts = ["smba.trafficmanager.net", "*.botframework.com"] };
        var trusted = new TrustedServiceUrls(options, _time);

        Assert.Equal(expected, trusted.ShouldAttachToken(serviceUrl));
    }
}
