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
        await ScheduleAsync<LedgerDeadlineJob>(scheduler, LedgerDeadlineJob.Key, LedgerDeadlineJob.TriggerKey, LedgerDeadlineJob.Cron, cancellationToken).ConfigureAwait(false);
        await ScheduleAsync<ConsultationDayReminderJob>(scheduler, ConsultationDayReminderJob.Key, ConsultationDayReminderJob.TriggerKey, ConsultationDayReminderJob.Cron, cancellationToken).ConfigureAwait(false);
    }

    private async Task ScheduleAsync<TJob>(IScheduler scheduler, JobKey key, TriggerKey triggerKey, string cron, CancellationToken cancellationToken)
        where TJob : IJob
    {
        if (await scheduler.Exists(triggerKey, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var job = JobBuilder.Create<TJob>().WithIdentity(key).Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .ForJob(key)
            .WithCronSchedule(cron, c => c.InTimeZone(BureauTime.Zone))
            .Build();
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions(), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Scheduled {Job} ({Cron}, Asia/Shanghai)", key, cron);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
