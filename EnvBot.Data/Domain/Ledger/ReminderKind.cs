namespace EnvBot.Data.Domain.Ledger;

/// <summary>Before the due date the assignee is reminded; once overdue the department's lead is told (issue 5).</summary>
public enum ReminderKind
{
    DueSoon,
    Overdue,
}
