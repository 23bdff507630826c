using EnvBot.Data.Domain.Calendar;
using EnvBot.Data.Guides;

namespace EnvBot.Dialogs.Guides;

/// <summary>The guide programme's reports asked for in chat (issue 8): this week's 问题清单 so far, with its download link.</summary>
public sealed class GuideReports(GuideActivityService activity, GuideReminderService reminders, ReportLinks links)
{
    public async Task<string> ProblemListAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (monday, _) = BureauWeek.WeekOf(now);
        var entries = await activity.ProblemListAsync(monday, cancellationToken).ConfigureAwait(false);
        return GuideReminderReplies.ProblemList(monday, reminders.ReportDay(monday), entries, links.ProblemList(monday));
    }
}
