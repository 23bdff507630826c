using System.Globalization;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Ledger;
using EnvBot.Data.Time;

namespace EnvBot.Dialogs.Ledger;

/// <summary>
/// What the daily deadline job does (issue 5: "before it is due the assignee is reminded, when overdue the
/// department's lead is told"), counted in China working days (MatterDeadlines, WorkingDayCalendar):
/// <list type="bullet">
/// <item>the working day before the due date, the assignee in their own chat; a matter nobody has claimed yet, or an
/// assignee the bot has no 1:1 chat with, is reminded in the department's channel instead;</item>
/// <item>every working day it is overdue, each 处室负责人 of the department in their own chat, and the department's
/// channel (so the notice is never lost when no head is bound or none has talked to the bot).</item>
/// </list>
/// Everything goes through the outbox with one idempotency key per matter, kind, day and recipient, so running the
/// job twice a day (a catch-up after a misfire, two nodes) sends nothing twice.
/// </summary>
public sealed class LedgerDeadlineService(LedgerService ledger, LedgerNotifier notifier)
{
    /// <returns>How many matters had a reminder queued.</returns>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(BureauTime.ToBureau(now).DateTime);
        // Due dates up to a fortnight ahead cover the longest run of days off before a due date (Spring Festival).
        var matters = await ledger.WithRunningDeadlineAsync(today.AddDays(14), cancellationToken).ConfigureAwait(false);
        var queued = 0;
        foreach (var matter in matters)
        {
            // A rectification's deadline is the enterprise's, not the department's: when it passes, the block lead is
            // told by RectificationEscalationService (issue 10, seed 002), not the department's head.
            if (matter.Kind == MatterKinds.Rectification)
            {
                continue;
            }
            if (MatterDeadlines.ReminderOn(LedgerService.Calendar, matter.DueDate!.Value, today) is not { } kind)
            {
                continue;
            }
            var department = await ledger.DepartmentAsync(matter.DepartmentId, cancellationToken).ConfigureAwait(false);
            var key = string.Create(CultureInfo.InvariantCulture, $"ledger:{matter.Id}:{kind}:{today:yyyyMMdd}");
            var sent = kind == ReminderKind.DueSoon
                ? await RemindAssigneeAsync(matter, department, key, cancellationToken).ConfigureAwait(false)
                : await TellHeadsAsync(matter, department, key, cancellationToken).ConfigureAwait(false);
            if (sent)
            {
                queued++;
            }
        }
        return queued;
    }

    private async Task<bool> RemindAssigneeAsync(Matter matter, Department? department, string key, CancellationToken cancellationToken)
    {
        var text = LedgerReplies.DueSoon(matter);
        if (matter.AssigneePersonId is { } assignee && await notifier.ToPersonAsync(assignee, key, text, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }
        return await notifier.ToDepartmentAsync(department, matter, text, withButtons: false, cancellationToken, key).ConfigureAwait(false);
    }

    private async Task<bool> TellHeadsAsync(Matter matter, Department? department, string key, CancellationToken cancellationToken)
    {
        var text = LedgerReplies.Overdue(matter, department?.Name);
        var told = false;
        if (department is not null)
        {
            foreach (var head in await ledger.HeadsOfAsync(department.Id, cancellationToken).ConfigureAwait(false))
            {
                told |= await notifier.ToPersonAsync(head, key, text, cancellationToken).ConfigureAwait(false);
            }
        }
        told |= await notifier.ToDepartmentAsync(department, matter, text, withButtons: false, cancellationToken, key).ConfigureAwait(false);
        return told;
    }
}
