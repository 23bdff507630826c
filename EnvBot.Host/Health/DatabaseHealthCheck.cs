using EnvBot.Data.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EnvBot.Host.Health;

/// <summary>Ready only when the database answers: a host that cannot store a turn must not be sent turns.</summary>
public sealed class DatabaseHealthCheck(IDbConnectionFactory connections) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var one = await connections.ReadAsync(async (connection, tx) =>
            {
                await using var command = connection.CreateCommand();
                command.Transaction = tx;
                command.CommandText = "SELECT 1";
                return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            return Convert.ToInt32(one, System.Globalization.CultureInfo.InvariantCulture) == 1
                ? HealthCheckResult.Healthy(connections.Provider.ToString())
                : HealthCheckResult.Unhealthy("unexpected answer");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The type only: connection errors can carry host names and user names.
            return HealthCheckResult.Unhealthy($"{connections.Provider}: {ex.GetType().Name}");
        }
    }
}
