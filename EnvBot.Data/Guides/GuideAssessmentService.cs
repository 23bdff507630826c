using EnvBot.Data.Domain.Calendar;
using EnvBot.Data.Domain.Compliance;
using EnvBot.Data.Domain.Guides;
using EnvBot.Data.Domain.Ledger;
using EnvBot.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnvBot.Data.Guides;

/// <summary>
/// The monthly assessment 考核评价 (DOMAIN.md §2) from the records: each guide's figures, the grade
/// <see cref="GuideGrading"/> gives with its explanation, a leader's recorded adjustment, and the ranking.
/// <list type="bullet">
/// <item>frequency: <see cref="ComplianceEvaluator"/> over the guide's pairings (weeks by their Thursday, holiday weeks exempt);</item>
/// <item>a problem is one (enterprise, 具体问题) the guide recorded in the month; its state is its latest record up to
/// the month's end, or its ledger matter when it was escalated: 已解决 / matter answered or closed = solved and fed
/// back; matter explained as unsolvable (policy, force majeure) = blocked and fed back; otherwise still open;</item>
/// <item>open problems at the enterprises: every problem anyone recorded at the guide's enterprises still open at month end;</item>
/// <item>ratings: the enterprises' 1–5 ratings of the guide's contacts dated in the month (<see cref="ServiceRatingService"/>); none → not counted.</item>
/// </list>
/// </summary>
public sealed class GuideAssessmentService(IEnvBotDbContextFactory contexts, GuideActivityService activity, AssessmentRules rules, TimeProvider time)
{
    public static WorkingDayCalendar Calendar => WorkingDayCalendar.China;

    public async Task<IReadOnlyList<RankedGuide>> RankingAsync(int year, int month, CancellationToken cancellationToken)
    {
        var assessment = AssessmentMonth.For(year, month, Calendar);
        var pairings = (await activity.PairingsAsync(assessment.Whole.First, assessment.Whole.Last, cancellationToken).ConfigureAwait(false))
            .Where(p => p.GuidePersonId is not null).ToList();
        var monthRecords = await activity.RecordsAsync(assessment.First, assessment.Last, cancellationToken).ConfigureAwait(false);
        var contacts = monthRecords.Where(r => r.PairingId is not null)
            .Select(r => new ContactFact(r.PairingId!.Value, r.Date, ContactChannels.Parse(r.Channel) ?? ContactChannel.None)).ToArray();
        ComplianceEvaluator.SortForEvaluation(contacts);
        var compliance = new Dictionary<int, PairingCompliance>();
        ComplianceEvaluator.Evaluate(assessment, pairings.Select(p => p.Terms).ToArray(), contacts, r => compliance[r.PairingId] = r);

        await using var db = contexts.CreateDbContext();
        var guideIds = pairings.Select(p => p.GuidePersonId!.Value).Distinct().ToList();
        var enterpriseIds = pairings.Select(p => p.EnterpriseId).Distinct().ToList();
        // Every problem ever recorded at these enterprises up to the month's end: its latest record says where it stands.
        var problems = await db.ServiceRecords.AsNoTracking()
            .Where(r => enterpriseIds.Contains(r.EnterpriseId) && r.Problem != "" && r.Date <= assessment.Whole.Last)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var matterIds = problems.Where(r => r.MatterId is not null).Select(r => r.MatterId!.Value).Distinct().ToList();
        var matters = await db.Matters.AsNoTracking().Where(m => matterIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.State, cancellationToken).ConfigureAwait(false);
        var latest = problems.GroupBy(r => (r.EnterpriseId, r.Problem))
            .ToDictionary(g => g.Key, g => StateOf(g.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).ToList(), matters));
        var names = await activity.NamesAsync(guideIds, cancellationToken).ConfigureAwait(false);
        var ratings = await ServiceRatingService.AveragesAsync(db, guideIds, assessment.Whole.First, assessment.Whole.Last, cancellationToken).ConfigureAwait(false);
        var adjustments = (await db.GradeAdjustments.AsNoTracking().Where(a => a.Year == year && a.Month == month).ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(a => a.GuidePersonId).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Id).First());

        var assessments = new List<GuideAssessment>();
        foreach (var guide in guideIds)
        {
            var own = pairings.Where(p => p.GuidePersonId == guide).ToList();
            var required = own.Sum(p => compliance[p.PairingId].Required);
            var met = own.Sum(p => compliance[p.PairingId].Met);
            var collected = problems.Where(r => r.GuidePersonId == guide && assessment.Whole.Contains(r.Date))
                .Select(r => (r.EnterpriseId, r.Problem)).Distinct().Select(k => latest[k]).ToList();
            var ownEnterprises = own.Select(p => p.EnterpriseId).ToHashSet();
            var openAtEnterprises = latest.Count(kv => ownEnterprises.Contains(kv.Key.EnterpriseId) && kv.Value == ProblemState.Open);
            var figures = new GuideMonthFigures(
                guide, names.GetValueOrDefault(guide, "?"), required, met,
                ProblemsCollected: collected.Count,
                ProblemsSolved: collected.Count(s => s == ProblemState.Solved),
                ProblemsBlocked: collected.Count(s => s == ProblemState.Blocked),
                ProblemsFedBack: collected.Count(s => s != ProblemState.Open),
                OpenProblemsAtEnterprises: openAtEnterprises,
                AverageRating: ratings.TryGetValue(guide, out var rating) ? rating.Average : null,
                RatingCount: ratings.TryGetValue(guide, out var rated) ? rated.Count : 0);
            var graded = GuideGrading.Assess(figures, rules);
            if (adjustments.TryGetValue(guide, out var adjustment))
            {
                graded = graded with { Adjustment = new GradeAdjustment(adjustment.Grade, adjustment.ByName, adjustment.Reason) };
            }
            assessments.Add(graded);
        }
        return GuideRanking.Rank(assessments);
    }

    /// <summary>The month's compliance per block and guide and the contacts recorded per judged week (the report page).</summary>
    public async Task<ComplianceReport> ComplianceAsync(int year, int month, CancellationToken cancellationToken)
    {
        var assessment = AssessmentMonth.For(year, month, Calendar);
        var pairings = await activity.PairingsAsync(assessment.Whole.First, assessment.Whole.Last, cancellationToken).ConfigureAwait(false);
        var records = await activity.RecordsAsync(assessment.First, assessment.Last, cancellationToken).ConfigureAwait(false);
        var contacts = records.Where(r => r.PairingId is not null)
            .Select(r => new ContactFact(r.PairingId!.Value, r.Date, ContactChannels.Parse(r.Channel) ?? ContactChannel.None)).ToArray();
        ComplianceEvaluator.SortForEvaluation(contacts);
        var compliance = new Dictionary<int, PairingCompliance>();
        ComplianceEvaluator.Evaluate(assessment, pairings.Select(p => p.Terms).ToArray(), contacts, r => compliance[r.PairingId] = r);
        var blocks = await activity.BlockNamesAsync(cancellationToken).ConfigureAwait(false);
        var names = await activity.NamesAsync(pairings.Where(p => p.GuidePersonId is not null).Select(p => p.GuidePersonId!.Value), cancellationToken).ConfigureAwait(false);
        return new ComplianceReport(
            year, month,
            [.. pairings.GroupBy(p => p.BlockId).OrderBy(g => g.Key)
                .Select(g => (blocks.GetValueOrDefault(g.Key, "?"), g.Sum(p => compliance[p.PairingId].Required), g.Sum(p => compliance[p.PairingId].Met)))],
            [.. pairings.Where(p => p.GuidePersonId is not null).GroupBy(p => p.GuidePersonId!.Value)
                .Select(g => (names.GetValueOrDefault(g.Key, "?"), g.Sum(p => compliance[p.PairingId].Required), g.Sum(p => compliance[p.PairingId].Met)))
                .OrderBy(g => ComplianceReport.Rate(g.Item2, g.Item3)).ThenBy(g => g.Item1, StringComparer.Ordinal)],
            [.. assessment.Weeks.Select(w => (w, records.Count(r => w.Contains(r.Date))))]);
    }

    /// <summary>Records a leader's adjustment; the guide must have been assessed that month.</summary>
    public async Task<GradeAdjustmentRecord> AdjustAsync(int guidePersonId, int year, int month, GuideGrade grade, int byPersonId, string byName, string reason, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var record = new GradeAdjustmentRecord
        {
            GuidePersonId = guidePersonId, Year = year, Month = month, Grade = grade,
            ByPersonId = byPersonId, ByName = byName, Reason = reason, At = time.GetUtcNow(),
        };
        db.GradeAdjustments.Add(record);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return record;
    }

    private enum ProblemState { Open, Solved, Blocked }

    private static ProblemState StateOf(IReadOnlyList<ServiceRecord> newestFirst, IReadOnlyDictionary<int, MatterState> matters)
    {
        var last = newestFirst[0];
        if (last.Resolution == ServiceResolutions.Solved)
        {
            return ProblemState.Solved;
        }
        if (newestFirst.FirstOrDefault(r => r.MatterId is not null)?.MatterId is { } matterId && matters.TryGetValue(matterId, out var state))
        {
            return state switch
            {
                MatterState.Resolved or MatterState.Closed => ProblemState.Solved,
                MatterState.ExplainedUnsolvable => ProblemState.Blocked,
                _ => ProblemState.Open,
            };
        }
        return ProblemState.Open;
    }
}
