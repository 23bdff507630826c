using System.Net;
using System.Text.Json;
using EnvBot.Data.Persistence;
using EnvBot.Host.Health;
using EnvBot.Host.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace EnvBot.Host.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Liveness_AndReadiness_AnswerOkWithTheDatabaseChecked()
    {
        await using var host = await TestHost.StartAsync();

        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("healthz")).StatusCode);
        var ready = await host.Client.GetAsync("readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task DatabaseCheck_ServerNotAnswering_IsUnhealthyAndNamesNoHost()
    {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        await using var dataSource = new NpgsqlDataSourceBuilder("Host=127.0.0.1;Port=1;Username=u;Password=secret-pw;Timeout=2").Build();
        var check = new DatabaseHealthCheck(new NpgsqlConnectionFactory(dataSource));

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.DoesNotContain("127.0.0.1", result.Description);
        Assert.DoesNotContain("secret-pw", result.Description);
    }

    [Fact]
    public async Task ShutdownCheck_OnceStopping_IsUnhealthy_SoReadinessDrainsTraffic()
    {
        await using var host = await TestHost.StartAsync();
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var check = new ShutdownHealthCheck(lifetime);
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

        lifetime.StopApplication();

        Assert.Equal(HealthStatus.Unhealthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
    }
}
