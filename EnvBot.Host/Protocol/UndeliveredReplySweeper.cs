using EnvBot.Data.Persistence.Storage;

namespace EnvBot.Host.Protocol;

/// <summary>
/// Delivers the replies of turns that committed on a host which died before sending them (issue 9: "every accepted
/// activity was processed exactly once" — and answered). The channel's retry of such an activity is deduplicated, so
/// without this the user would never see the answer. Any host may do it once <see cref="ProcessedActivityStore.ReplyLease"/>
/// has passed since the commit.
/// </summary>
public sealed class UndeliveredReplySweeper(ProcessedActivityStore processed, CloudAdapter adapter, ILogger<UndeliveredReplySweeper> logger) : BackgroundService
{
    /// <summary>How often committed but undelivered replies are looked for.</summary>
    public static TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await SweepAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The database may be restarting; the rows stay and the next pass tries again.
                    logger.LogWarning("Undelivered reply sweep failed: {ExceptionType}", ex.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>One pass; returns how many turns' replies were delivered. Tests call it directly.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        while (true)
        {
            var batch = await processed.ClaimUndeliveredAsync(20, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return delivered;
            }
            foreach (var turn in batch)
            {
                logger.LogWarning("Delivering the replies of activity {ActivityId}: its host did not", turn.ActivityId);
                await adapter.DeliverCommittedAsync(turn, cancellationToken).ConfigureAwait(false);
                delivered++;
            }
        }
    }
}
