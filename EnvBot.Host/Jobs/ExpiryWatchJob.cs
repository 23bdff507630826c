using EnvBot.Dialogs.EnterpriseFile;
using Quartz;

namespace EnvBot.Host.Jobs;

/// <summary>Thin (STYLE.md): <see cref="ExpiryWatchService"/> decides which permit and emergency-plan reminders are due and queues each once.</summary>
[DisallowConcurrentExecution]
public sealed class ExpiryWatchJob(ExpiryWatchService expiry, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("expiry-watch", "enterprise-files");
    public static readonly TriggerKey TriggerKey = new("expiry-watch-hourly", "enterprise-files");

    /// <summary>
    /// Hourly: the service sends from ExpiryWatch:SendFrom on working days only, and a reminder stays pending until
    /// the next lead time, so a missed run (downtime) is made up by the next; the outbox key keeps it to once.
    /// </summary>
    public const string Cron = "0 5 * * * ?";

    public static ScheduledJob Schedule { get; } = ScheduledJob.Cron<ExpiryWatchJob>(Key, TriggerKey, Cron);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await expiry.RunAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
}
