using EnvBot.Dialogs.Notices;
using Quartz;

namespace EnvBot.Host.Jobs;

/// <summary>
/// Thin (STYLE.md): every minute asks <see cref="NoticeDispatchService"/> to send notices whose time has come, remind
/// enterprises that have not acknowledged, and list the still silent ones for a phone call (issue 10).
/// </summary>
[DisallowConcurrentExecution]
public sealed class NoticeJob(NoticeDispatchService notices, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("notices", "notices");
    public static readonly TriggerKey TriggerKey = new("notices-every-minute", "notices");

    /// <summary>Every minute: a scheduled notice goes out within a minute of its time; the rules skip what is not due.</summary>
    public const string Cron = "0 * * * * ?";

    public static ScheduledJob Schedule { get; } = ScheduledJob.Cron<NoticeJob>(Key, TriggerKey, Cron);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await notices.RunAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
}
