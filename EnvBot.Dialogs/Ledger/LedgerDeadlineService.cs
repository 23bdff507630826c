using System.Globalization;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Ledger;
using EnvBot.Data.Time;

namespace EnvBot.Dialogs.Ledger;

/// <summary>
/// What the daily deadline job does (issue 5): remind the assignee the working day before a matter is due, tell the
/// department's lead (in the department's channel) every working day it is overdue. Queues into the outbox with one
/// idempotency key per matter, kind and day, so running it twice a day sends nothing twice.
/// </summary>
public sealed class LedgerDeadlineService(LedgerService ledger, LedgerNotifier notifier)
{
    /// <returns>How many reminders were queued.</returns>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(BureauTime.ToBureau(now).DateTime);
        // Due dates up to a fortnight ahead cover the longest run of days off before a due date (Spring Festival).
        var matters = await ledger.WithRunningDeadlineAsync(today.AddDays(14), cancellationToken).ConfigureAwait(false);
        var queued = 0;
        foreach (var matter in matters)
        {
            if (MatterDeadlines.ReminderOn(LedgerService.Calendar, matter.DueDate!.Value, today) is not { } kind)
            {
                continue;
            }
            var department = await ledger.DepartmentAsync(matter.DepartmentId, cancellationToken).ConfigureAwait(false);
            var text = kind == ReminderKind.DueSoon ? LedgerReplies.DueSoon(matter) : LedgerReplies.Overdue(matter, department?.Name);
            var key = string.Create(CultureInfo.InvariantCulture, $"ledger:{matter.Id}:{kind}:{today:yyyyMMdd}");
            if (await notifier.ToDepartmentAsync(department, matter, text, withButtons: false, cancellationToken, key).ConfigureAwait(false))
            {
                queued++;
            }
        }
        return queued;
    }
}
