using EnvBot.Knowledge.Routing.Admin;

namespace EnvBot.Host.Knowledge;

/// <summary>
/// Keeps this host on the routing table in force (issue 5, issue 9): at start it records the shipped table and loads
/// the administrator's, then looks for a newer activation every <c>Routing:RefreshSeconds</c> (default 30), so an edit
/// made through another host reaches this one without a restart.
/// </summary>
public sealed class RoutingTableFollower(RoutingTableAdmin admin, IConfiguration configuration, ILogger<RoutingTableFollower> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Routing:RefreshSeconds", 30)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await admin.SyncAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be restarting (issue 9); routing goes on with the table already loaded.
                logger.LogWarning("Routing table check failed: {ExceptionType}", e.GetType().Name);
            }
            try
            {
                // Real time on purpose: the host's TimeProvider may be a frozen test clock.
                await Task.Delay(every, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
