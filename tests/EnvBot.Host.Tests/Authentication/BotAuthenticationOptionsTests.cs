using EnvBot.Host.Protocol.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace EnvBot.Host.Tests.Authentication;

public sealed class BotAuthenticationOptionsTests
{
    [Fact]
    public void FromConfiguration_Empty_AnonymousWithPublicCloudDefaults()
    {
        var options = BotAuthenticationOptions.FromConfiguration(Config([]));

        Assert.True(options.IsAuthenticationDisabled);
        Assert.Equal(BotAppType.MultiTenant, options.MicrosoftAppType);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.ToBotFromChannelOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.ToBotFromChannelTokenIssuer);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration", options.ToBotFromEmulatorOpenIdMetadataUrl);
        Assert.Equal("https://login.microsoftonline.com/botframework.com", options.EffectiveToChannelFromBotLoginUrl);
        Assert.Equal("https://api.botframework.com", options.ToChannelFromBotOAuthScope);
        Assert.Empty(options.TrustedServiceUrlHosts);
    }

    [Fact]
    public void FromConfiguration_SdkSettingNames_AreRead()
    {
        var options = BotAuthenticationOptions.FromConfiguration(Config(new()
        {
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "pw",
            ["MicrosoftAppType"] = "singletenant",
            ["MicrosoftAppTenantId"] = "tenant-1",
            ["TrustedServiceUrlHosts:0"] = "smba.trafficmanager.net",
            ["TrustedServiceUrlHosts:1"] = "*.botframework.com",
        }));

        Assert.False(options.IsAuthenticationDisabled);
        Assert.Equal(BotAppType.SingleTenant, options.MicrosoftAppType);
        Assert.Equal("https://login.microsoftonline.com/tenant-1", options.EffectiveToChannelFromBotLoginUrl);
        Assert.Equal(["smba.trafficmanager.net", "*.botframework.com"], options.TrustedServiceUrlHosts);
    }

    [Fact]
    public void FromConfiguration_CommaSeparatedTrustedHosts_AreSplit()
    {
        var options = BotAuthenticationOptions.FromConfiguration(Config(new() { ["TrustedServiceUrlHosts"] = "a.example, *.b.example" }));

        Assert.Equal(["a.example", "*.b.example"], options.TrustedServiceUrlHosts);
    }

    [Fact]
    public void FromConfiguration_SingleTenantWithoutTenant_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => BotAuthenticationOptions.FromConfiguration(Config(new() { ["MicrosoftAppId"] = "app", ["MicrosoftAppType"] = "SingleTenant" })));
    }

    [Fact]
    public void FromConfiguration_UnknownAppType_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => BotAuthenticationOptions.FromConfiguration(Config(new() { ["MicrosoftAppType"] = "Certificate" })));
    }

    [Fact]
    public void LogAuthenticationMode_Anonymous_LogsWarning()
    {
        var logger = new RecordingLogger();

        BotAuthenticationOptions.FromConfiguration(Config([])).LogAuthenticationMode(logger);

        var (level, message) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, level);
        Assert.Contains("DISABLED", message);
    }

    [Fact]
    public void LogAuthenticationMode_AuthOn_LogsInformationWithoutPassword()
    {
        var logger = new RecordingLogger();

        BotAuthenticationOptions.FromConfiguration(Config(new() { ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "pw-123" })).LogAuthenticationMode(logger);

        var (level, message) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Information, level);
        Assert.Contains("app", message);
        Assert.DoesNotContain("pw-123", message);
    }

    private static IConfiguration Config(Dictionary<string, string?> settings) => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
