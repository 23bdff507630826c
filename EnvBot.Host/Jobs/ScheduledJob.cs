using Quartz;

namespace EnvBot.Host.Jobs;

/// <summary>
/// One recurring job and its one trigger, as <see cref="JobRegistration"/> stores it. A feature adds its job with
/// <see cref="JobsServiceCollectionExtensions.AddEnvBotJob{TJob}"/>; nothing else needs to know about it.
/// </summary>
/// <param name="Trigger">The trigger's schedule and misfire instruction.</param>
/// <param name="Schedule">
/// What the trigger does, in words that change exactly when its schedule changes (e.g. "cron 0 0 9 * * ? Asia/Shanghai,
/// misfire: fire once"). Stored as the trigger's description: a start finding the same text leaves the stored trigger
/// alone (its next fire time and any misfire stay as persisted); different text replaces it once.
/// </param>
public sealed record ScheduledJob(
    Type JobType,
    JobKey JobKey,
    TriggerKey TriggerKey,
    string Schedule,
    Func<IScheduleBuilder> Trigger)
{
    /// <summary>A daily cron job in Asia/Shanghai; a run missed while every host was down fires once at the next start.</summary>
    public static ScheduledJob Cron<TJob>(JobKey jobKey, TriggerKey triggerKey, string cron)
        where TJob : IJob =>
        new(typeof(TJob), jobKey, triggerKey, $"cron {cron} {Data.Time.BureauTime.Zone.Id}, misfire: fire once",
            () => CronScheduleBuilder.Create(cron)
                .InTimeZone(Data.Time.BureauTime.Zone)
                // The work is idempotent per day (outbox keys), so one catch-up run covers any number of missed ones.
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed));
}
