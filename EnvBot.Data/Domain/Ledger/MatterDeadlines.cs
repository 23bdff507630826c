using EnvBot.Data.Domain.Calendar;

namespace EnvBot.Data.Domain.Ledger;

/// <summary>
/// Deadline rules in China working days (issue 5: make-up working days count, holidays don't). Pure: the caller
/// gives the bureau-local date.
/// </summary>
public static class MatterDeadlines
{
    public static DateOnly DueDate(WorkingDayCalendar calendar, DateOnly assignedOn, int workingDays) =>
        calendar.AddWorkingDays(assignedOn, workingDays);

    /// <summary>What reminder is due today for a matter with this due date, if any.</summary>
    public static ReminderKind? ReminderOn(WorkingDayCalendar calendar, DateOnly dueDate, DateOnly today)
    {
        if (today > dueDate)
        {
            // Told once per working day while overdue; a holiday is no day to chase the lead.
            return calendar.IsWorkingDay(today) ? ReminderKind.Overdue : null;
        }
        // The last working day before the due date (or the due date itself when that is tomorrow's only working day).
        return today == calendar.AddWorkingDays(dueDate, -1) ? ReminderKind.DueSoon : null;
    }
}
