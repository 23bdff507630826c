using EnvBot.Dialogs.Guides;
using Quartz;

namespace EnvBot.Host.Jobs;

/// <summary>Thin (STYLE.md): <see cref="GuideReminderService"/> decides which guide reminders are due and queues them once.</summary>
[DisallowConcurrentExecution]
public sealed class GuideReminderJob(GuideReminderService reminders, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("guide-reminders", "guides");
    public static readonly TriggerKey TriggerKey = new("guide-reminders-15min", "guides");

    /// <summary>
    /// Every 15 minutes: the reminders' times are configurable (GuideReminders), so the job asks often and the service
    /// sends what fell due since; each (kind, period, recipient) is sent once whatever the number of runs.
    /// </summary>
    public const string Cron = "0 0/15 * * * ?";

    public static ScheduledJob Schedule { get; } = ScheduledJob.Cron<GuideReminderJob>(Key, TriggerKey, Cron);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await reminders.RunAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
}
