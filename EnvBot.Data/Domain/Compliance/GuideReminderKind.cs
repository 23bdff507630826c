namespace EnvBot.Data.Domain.Compliance;

/// <summary>The guide programme's reminders (issue 8, DOMAIN.md §2).</summary>
public enum GuideReminderKind
{
    /// <summary>To a guide: enterprises with no phone contact yet this week (default Thursday morning).</summary>
    WeeklyCallNudge,

    /// <summary>To a guide: enterprises with no on-site visit yet this month (after the 20th).</summary>
    MonthlyVisitNudge,

    /// <summary>To a block lead: last week's missed contacts in the block (Monday).</summary>
    OverdueToBlockLead,

    /// <summary>To a guide who has not reported the week yet (Friday 13:00, an hour before the deadline).</summary>
    WeeklyReportReminder,

    /// <summary>To the information officer: the week's 问题清单, compiled at the Friday 14:00 deadline.</summary>
    WeeklyProblemList,

    /// <summary>To the bureau's leaders: last month's grades and ranking, once every contact that counts for it is in.</summary>
    MonthlyRanking,
}
