using EnvBot.Dialogs.ConsultationDay;
using Quartz;

namespace EnvBot.Host.Jobs;

/// <summary>Thin (STYLE.md): <see cref="ConsultationDayReminders"/> decides what is due today and queues it into the outbox.</summary>
public sealed class ConsultationDayReminderJob(ConsultationDayReminders reminders, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("consultation-day-reminders", "consultation-day");
    public static readonly TriggerKey TriggerKey = new("consultation-day-reminders-0900", "consultation-day");

    /// <summary>Every day at 09:00 Asia/Shanghai; the service skips days with nothing due and never sends a reminder twice.</summary>
    public const string Cron = "0 0 9 * * ?";

    public static ScheduledJob Schedule { get; } = ScheduledJob.Cron<ConsultationDayReminderJob>(Key, TriggerKey, Cron);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await reminders.RunAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
}
