using System.Net.Http.Json;
using System.Text.Json;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.People;

public sealed class DemoModeTests
{
    [Fact]
    public async Task Personas_DemoDisabled_NotFound()
    {
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?> { ["Demo:Enabled"] = "false" });

        using var response = await host.Client.GetAsync("api/demo/personas");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Personas_DemoEnabledInProduction_IgnoredAndNotFound()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = await TestHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Demo:Enabled"] = "true", ["environment"] = "Production", ["MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b07a" },
            configure: b => b.Logging.AddProvider(logs));

        using var response = await host.Client.GetAsync("api/demo/personas");
        using var token = await host.Client.PostAsJsonAsync("api/webchat/token", new { userId = "u-demo-prod", persona = "admin" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, token.StatusCode);
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning EnvBot.Host.Demo.DemoMode: Demo:Enabled is set but ignored", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Personas_DemoEnabled_ListsOnePersonaPerRole()
    {
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });

        var body = await host.Client.GetFromJsonAsync<JsonElement>("api/demo/personas");

        var personas = body.GetProperty("personas").EnumerateArray().Select(p => $"{p.GetProperty("role").GetString()}：{p.GetProperty("name").GetString()}").ToList();
        Assert.Equal(["企业联系人：舟山欧莱克新材料科技有限公司", "环保指导员：方静卫", "区块负责人：夏爱萍", "综合处工作人员：陈综合", "局领导：周局长", "管理员：管理员"], personas);
    }

    [Fact]
    public async Task Token_AsGuidePersona_WhoAmIShowsFangJingweiAsGuide()
    {
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });

        using var token = await host.Client.PostAsJsonAsync("api/webchat/token", new { userId = "u-demo-guide-1", persona = "guide" });
        token.EnsureSuccessStatusCode();
        // The Web Chat page's messages arrive on the directline channel from this user id.
        var replies = await host.Client.SendAsync(BotClient.Message("我是谁", "u-demo-guide-1", "demo-conv", channelId: "directline"));

        var text = Assert.Single(replies).Text;
        Assert.Contains("您是 **方静卫**（局内工作人员）", text, StringComparison.Ordinal);
        Assert.Contains("角色：环保指导员", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_AsEnterprisePersona_BoundAsItsContact()
    {
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });

        using var token = await host.Client.PostAsJsonAsync("api/webchat/token", new { userId = "u-demo-ent-1", persona = "enterprise" });
        token.EnsureSuccessStatusCode();
        var replies = await host.Client.SendAsync(BotClient.Message("我是谁", "u-demo-ent-1", "demo-conv-2", channelId: "directline"));

        Assert.StartsWith("您是 **舟山欧莱克新材料科技有限公司** 的企业联系人", Assert.Single(replies).Text, StringComparison.Ordinal);
    }
}
