using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EnvBot.Host.Health;

/// <summary>
/// Not ready once the host has been asked to stop: the load balancer stops sending new turns while the in-flight ones
/// finish (Kestrel drains open requests within HostOptions.ShutdownTimeout).
/// </summary>
public sealed class ShutdownHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("stopping")
            : HealthCheckResult.Healthy());
}
