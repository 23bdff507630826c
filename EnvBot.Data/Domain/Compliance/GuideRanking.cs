namespace EnvBot.Data.Domain.Compliance;

/// <summary>One line of the monthly ranking 排名; guides with equal keys share a rank (1, 2, 2, 4).</summary>
public sealed record RankedGuide(int Rank, GuideAssessment Assessment);

public static class GuideRanking
{
    /// <summary>
    /// Grade first (a leader's adjustment counts), then the frequency rate, the solved rate, problems solved and the
    /// enterprises' rating; the name only orders ties for display, it never breaks them.
    /// </summary>
    public static IReadOnlyList<RankedGuide> Rank(IEnumerable<GuideAssessment> assessments)
    {
        var ordered = assessments
            .OrderByDescending(a => a.Grade)
            .ThenByDescending(a => a.Figures.ComplianceRate)
            .ThenByDescending(a => a.Figures.SolvedRate)
            .ThenByDescending(a => a.Figures.ProblemsSolved)
            .ThenByDescending(a => a.Figures.AverageRating ?? double.MinValue)
            .ThenBy(a => a.Figures.GuideName, StringComparer.Ordinal)
            .ToList();
        var ranked = new List<RankedGuide>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && SameKey(ordered[i - 1], ordered[i]) ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedGuide(rank, ordered[i]));
        }
        return ranked;
    }

    private static bool SameKey(GuideAssessment a, GuideAssessment b) =>
        a.Grade == b.Grade
        && a.Figures.ComplianceRate.Equals(b.Figures.ComplianceRate)
        && a.Figures.SolvedRate.Equals(b.Figures.SolvedRate)
        && a.Figures.ProblemsSolved == b.Figures.ProblemsSolved
        && Nullable.Equals(a.Figures.AverageRating, b.Figures.AverageRating);
}
