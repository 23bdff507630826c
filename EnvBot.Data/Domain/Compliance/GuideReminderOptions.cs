namespace EnvBot.Data.Domain.Compliance;

/// <summary>When the reminders go out, configurable (section <c>GuideReminders</c>); defaults from issue 8 and seed 000.</summary>
public sealed record GuideReminderOptions
{
    public DayOfWeek CallNudgeDay { get; init; } = DayOfWeek.Thursday;
    public TimeOnly CallNudgeAt { get; init; } = new(9, 0);

    /// <summary>The visit nudge goes out on the first working day after this day of the month.</summary>
    public int VisitNudgeAfterDay { get; init; } = 20;
    public TimeOnly VisitNudgeAt { get; init; } = new(9, 0);

    public DayOfWeek OverdueDay { get; init; } = DayOfWeek.Monday;
    public TimeOnly OverdueAt { get; init; } = new(9, 0);

    /// <summary>Seed 000: 每周五14:00前 report to the information officer.</summary>
    public DayOfWeek ReportDay { get; init; } = DayOfWeek.Friday;
    public TimeOnly ReportReminderAt { get; init; } = new(13, 0);
    public TimeOnly ProblemListAt { get; init; } = new(14, 0);

    /// <summary>DOMAIN.md §2 monthly assessment: the ranking goes to the leaders at this time of its day.</summary>
    public TimeOnly RankingAt { get; init; } = new(9, 0);
}
