using Quartz;

namespace EnvBot.Host.Jobs;

/// <summary>
/// Stores every <see cref="ScheduledJob"/> at start, idempotently (STYLE.md: never re-add triggers at every start,
/// that would overwrite persisted ones; ARCHITECTURE.md: a restart neither loses nor duplicates them):
/// <list type="bullet">
/// <item>a trigger that is missing is stored with its job;</item>
/// <item>a trigger stored with the same <see cref="ScheduledJob.Schedule"/> is left as it is, next fire time and
/// pending misfire included;</item>
/// <item>a trigger whose schedule changed in code is replaced once.</item>
/// </list>
/// Several hosts starting at once on one PostgreSQL database race to store the same keys; the loser's
/// <see cref="ObjectAlreadyExistsException"/> means another node did it, which is the same outcome.
/// </summary>
public sealed class JobRegistration(ISchedulerFactory schedulers, IEnumerable<ScheduledJob> jobs, ILogger<JobRegistration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        foreach (var job in jobs)
        {
            await RegisterAsync(scheduler, job, logger, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Stores one job and its trigger unless the same schedule is stored already.</summary>
    public static async Task RegisterAsync(IScheduler scheduler, ScheduledJob job, ILogger logger, CancellationToken cancellationToken)
    {
        var existing = await scheduler.GetTrigger(job.TriggerKey, cancellationToken).ConfigureAwait(false);
        if (existing is not null && existing.Description == job.Schedule && existing.JobKey.Equals(job.JobKey))
        {
            return;
        }
        var detail = JobBuilder.Create().OfType(job.JobType)
            .WithIdentity(job.JobKey)
            .StoreDurably()
            // A node that dies mid-run hands the run to another (clustered) or to itself at restart; jobs are idempotent.
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(job.TriggerKey)
            .ForJob(job.JobKey)
            .WithDescription(job.Schedule)
            .WithSchedule(job.Trigger())
            .Build();
        try
        {
            // Replace only when a stored trigger differs: then its job detail is replaced with it, in one store operation.
            await scheduler.ScheduleJob(detail, trigger, new ScheduleJobOptions { Replace = existing is not null }, cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectAlreadyExistsException)
        {
            logger.LogInformation("{Job} was stored by another node first", job.JobKey);
            return;
        }
        logger.LogInformation(existing is null ? "Scheduled {Job}: {Schedule}" : "Rescheduled {Job}: {Schedule}", job.JobKey, job.Schedule);
    }
}
