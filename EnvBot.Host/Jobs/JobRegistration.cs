using EnvBot.Data.Time;
using Quartz;

namespace EnvBot.Host.Jobs;

/// <summary>
/// Registers EnvBot's jobs at start, idempotently: a trigger that already exists is left as it is (STYLE.md: never
/// re-add triggers at every start, that would overwrite persisted ones).
/// </summary>
public sealed class JobRegistration(ISchedulerFactory schedulers, ILogger<JobRegistration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        if (await scheduler.Exists(LedgerDeadlineJob.TriggerKey, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var job = JobBuilder.Create<LedgerDeadlineJob>().WithIdentity(LedgerDeadlineJob.Key).Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(LedgerDeadlineJob.TriggerKey)
            .ForJob(LedgerDeadlineJob.Key)
            .WithCronSchedule(LedgerDeadlineJob.Cron, c => c.InTimeZone(BureauTime.Zone))
            .Build();
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions(), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Scheduled {Job} ({Cron}, Asia/Shanghai)", LedgerDeadlineJob.Key, LedgerDeadlineJob.Cron);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
