using System.Globalization;
using EnvBot.Data.Domain.Calendar;
using EnvBot.Data.Domain.Compliance;
using EnvBot.Data.Domain.Guides;
using EnvBot.Data.Domain.Pairings;
using EnvBot.Data.Domain.People;
using EnvBot.Data.Guides;
using EnvBot.Data.Ledger;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Proactive;

namespace EnvBot.Dialogs.Guides;

/// <summary>
/// What the guide reminder job does every quarter of an hour (issue 8, DOMAIN.md §2): asks
/// <see cref="GuideReminderSchedule"/> which reminders are due (never on a day off; a make-up Saturday is a working
/// day), works out from the records who still needs each one, and queues it through the outbox with the key
/// (kind, period, recipient):
/// <list type="bullet">
/// <item>call nudge — to each guide whose pairings have no phone contact yet this week;</item>
/// <item>visit nudge — to each guide whose pairings have no on-site service yet this month;</item>
/// <item>overdue — to each block lead, last week's misses in their block;</item>
/// <item>report reminder — to each guide with no record this week, before the Friday deadline;</item>
/// <item>问题清单 — to each information officer at the deadline;</item>
/// <item>monthly ranking — to each leader, last month's grades, on the first working day its records are complete.</item>
/// </list>
/// A reminder already satisfied (the guide called in the meantime) is not sent; a reminder stays pending until its
/// period is over, so a run after downtime still sends it once; the outbox refuses a key it has seen, so a second run,
/// a restart or a second node sends nothing twice. A pairing without a named guide is answered for by its block leads.
/// </summary>
public sealed class GuideReminderService(
    GuideActivityService activity,
    GuideReminderOptions options,
    LedgerService ledger,
    ProactiveOutbox outbox,
    ReportLinks links,
    AssessmentCommands assessment)
{
    public static WorkingDayCalendar Calendar => LedgerService.Calendar;

    /// <summary>The day the week's report is due (the configured day, or the last working day before it).</summary>
    public DateOnly ReportDay(DateOnly monday) => GuideReminderSchedule.ReportDay(monday, options, Calendar) ?? monday.AddDays(((int)options.ReportDay + 6) % 7);

    /// <returns>How many messages were newly queued.</returns>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = GuideReminderSchedule.Pending(now, options, Calendar);
        if (pending.Count == 0)
        {
            return 0;
        }
        var from = pending.Min(p => p.About.First);
        var to = pending.Max(p => p.About.Last);
        var pairings = await activity.PairingsAsync(from, to, cancellationToken).ConfigureAwait(false);
        var records = await activity.RecordsAsync(from, to, cancellationToken).ConfigureAwait(false);
        var leads = await activity.BlockLeadsAsync(cancellationToken).ConfigureAwait(false);
        var queued = 0;
        foreach (var reminder in pending)
        {
            foreach (var (personId, text) in await MessagesAsync(reminder, pairings, records, leads, cancellationToken).ConfigureAwait(false))
            {
                var key = string.Create(CultureInfo.InvariantCulture, $"guide:{reminder.Kind}:{reminder.About.First:yyyyMMdd}:{personId}");
                queued += await ToPersonAsync(personId, key, text, cancellationToken).ConfigureAwait(false);
            }
        }
        return queued;
    }

    private async Task<IReadOnlyList<(int PersonId, string Text)>> MessagesAsync(PendingReminder reminder, IReadOnlyList<ActivePairing> pairings, IReadOnlyList<ServiceRecord> records, ILookup<int, int> leads, CancellationToken cancellationToken)
    {
        var period = reminder.About;
        switch (reminder.Kind)
        {
            case GuideReminderKind.WeeklyCallNudge or GuideReminderKind.MonthlyVisitNudge:
            {
                var open = Unmet(period, pairings, records);
                return open.SelectMany(o => Answerable(o.Pairing, leads).Select(person => (person, o)))
                    .GroupBy(x => x.person)
                    .Select(g => (g.Key, reminder.Kind == GuideReminderKind.WeeklyCallNudge
                        ? GuideReminderReplies.CallNudge(period, g.Select(x => (x.o.Pairing.EnterpriseName, x.o.Rule.Description)))
                        : GuideReminderReplies.VisitNudge(period, g.Select(x => (x.o.Pairing.EnterpriseName, x.o.Rule.Description)))))
                    .ToList();
            }
            case GuideReminderKind.OverdueToBlockLead:
            {
                var misses = Unmet(period, pairings, records);
                var names = await activity.NamesAsync(misses.Select(m => m.Pairing.GuidePersonId ?? 0), cancellationToken).ConfigureAwait(false);
                var blocks = await activity.BlockNamesAsync(cancellationToken).ConfigureAwait(false);
                return misses.SelectMany(m => leads[m.Pairing.BlockId].Select(lead => (lead, m)))
                    .GroupBy(x => x.lead)
                    .Select(g => (g.Key, GuideReminderReplies.OverdueToLead(period, g.Select(x => (
                        blocks.GetValueOrDefault(x.m.Pairing.BlockId, ""),
                        x.m.Pairing.EnterpriseName,
                        x.m.Pairing.GuidePersonId is { } guide ? names.GetValueOrDefault(guide, "?") : GuideReminderReplies.NoGuide,
                        x.m.Rule.Description)))))
                    .ToList();
            }
            case GuideReminderKind.WeeklyReportReminder:
            {
                var reported = records.Where(r => period.Contains(r.Date)).Select(r => r.GuidePersonId).ToHashSet();
                var reportDay = DateOnly.FromDateTime(Data.Time.BureauTime.ToBureau(reminder.DueAt).DateTime);
                return pairings.Where(p => p.GuidePersonId is not null && IsRequired(period, p))
                    .Select(p => p.GuidePersonId!.Value).Distinct().Where(g => !reported.Contains(g)).Order()
                    .Select(g => (g, GuideReminderReplies.ReportReminder(reportDay, options.ProblemListAt))).ToList();
            }
            case GuideReminderKind.WeeklyProblemList:
            {
                var reportDay = DateOnly.FromDateTime(Data.Time.BureauTime.ToBureau(reminder.DueAt).DateTime);
                var entries = await activity.ProblemListAsync(period.First, cancellationToken).ConfigureAwait(false);
                var text = GuideReminderReplies.ProblemList(period.First, reportDay, entries, links.ProblemList(period.First));
                return (await activity.PeopleWithRoleAsync(Role.InformationOfficer, cancellationToken).ConfigureAwait(false)).Select(p => (p, text)).ToList();
            }
            case GuideReminderKind.MonthlyRanking:
            {
                var text = GuideReminderReplies.MonthlyRanking(await assessment.RankingAsync(period.First.Year, period.First.Month, cancellationToken).ConfigureAwait(false));
                return (await activity.PeopleWithRoleAsync(Role.Leader, cancellationToken).ConfigureAwait(false)).Select(p => (p, text)).ToList();
            }
            default:
                return [];
        }
    }

    /// <summary>
    /// The rules of <paramref name="period"/>'s kind (weekly or monthly) each pairing has not met in it yet. A period
    /// without a working day asks for nothing (AssessmentMonth: holiday weeks are exempt), nor does a pairing that did
    /// not cover the period from its first working day.
    /// </summary>
    private static List<(ActivePairing Pairing, CompiledRule Rule)> Unmet(CompliancePeriod period, IReadOnlyList<ActivePairing> pairings, IReadOnlyList<ServiceRecord> records)
    {
        var unmet = new List<(ActivePairing, CompiledRule)>();
        if (!HasWorkingDay(period))
        {
            return unmet;
        }
        var byPairing = records.Where(r => r.PairingId is not null && period.Contains(r.Date)).ToLookup(r => r.PairingId!.Value);
        foreach (var pairing in pairings)
        {
            if (!IsRequired(period, pairing))
            {
                continue;
            }
            foreach (var rule in pairing.Rules.Rules.Where(r => r.Period == period.Kind))
            {
                var counted = byPairing[pairing.PairingId].Count(r => ((ContactChannels.Parse(r.Channel) ?? ContactChannel.None) & rule.Channels) != 0);
                if (counted < rule.MinimumCount)
                {
                    unmet.Add((pairing, rule));
                }
            }
        }
        return unmet;
    }

    private static bool IsRequired(CompliancePeriod period, ActivePairing pairing) =>
        AssessmentMonth.For(period.First.Year, period.First.Month, Calendar).IsRequired(period, pairing.ValidFrom, pairing.ValidTo);

    private static bool HasWorkingDay(CompliancePeriod period)
    {
        for (var d = period.First; d <= period.Last; d = d.AddDays(1))
        {
            if (Calendar.IsWorkingDay(d))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The guide, or the block's leads where the table names no guide (DOMAIN.md §2: they stand in).</summary>
    private static IEnumerable<int> Answerable(ActivePairing pairing, ILookup<int, int> leads) =>
        pairing.GuidePersonId is { } guide ? [guide] : leads[pairing.BlockId];

    /// <summary>Queues to each chat account's latest 1:1 conversation; 0 when none (sent by a later run once they talk to the bot).</summary>
    private async Task<int> ToPersonAsync(int personId, string key, string text, CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var (channelId, userId) in await ledger.AccountsOfAsync(personId, cancellationToken).ConfigureAwait(false))
        {
            if (await outbox.TellAccountAsync(channelId, userId, key, text, cancellationToken).ConfigureAwait(false) == TellResult.Queued)
            {
                queued++;
            }
        }
        return queued;
    }
}
