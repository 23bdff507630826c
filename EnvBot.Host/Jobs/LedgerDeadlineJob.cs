using EnvBot.Dialogs.Ledger;
using EnvBot.Dialogs.Rectification;
using Quartz;

namespace EnvBot.Host.Jobs;

/// <summary>
/// Thin (STYLE.md): asks <see cref="LedgerDeadlineService"/> what is due and lets it queue reminders into the outbox,
/// and <see cref="RectificationEscalationService"/> which rectification items are past their deadline (issue 10).
/// </summary>
[DisallowConcurrentExecution]
public sealed class LedgerDeadlineJob(LedgerDeadlineService deadlines, RectificationEscalationService rectification, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("ledger-deadlines", "ledger");
    public static readonly TriggerKey TriggerKey = new("ledger-deadlines-0900", "ledger");

    /// <summary>Every day at 09:00 Asia/Shanghai; the service skips what is not due, and days off send no overdue notice.</summary>
    public const string Cron = "0 0 9 * * ?";

    public static ScheduledJob Schedule { get; } = ScheduledJob.Cron<LedgerDeadlineJob>(Key, TriggerKey, Cron);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await deadlines.RunAsync(now, cancellationToken).ConfigureAwait(false);
        await rectification.RunAsync(now, cancellationToken).ConfigureAwait(false);
    }
}
