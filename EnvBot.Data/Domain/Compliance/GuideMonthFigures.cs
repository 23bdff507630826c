namespace EnvBot.Data.Domain.Compliance;

/// <summary>
/// A guide's month as the assessment reads it (DOMAIN.md §2 考核评价: frequency; problems collected, solved, fed back;
/// the enterprises' own rating 企业反向测评; the enterprises' open problems).
/// </summary>
/// <param name="RequiredContacts">(rule, period) requirements over all the guide's pairings.</param>
/// <param name="MetContacts">Of those, how many were met.</param>
/// <param name="ProblemsCollected">Problems recorded from the guide's contacts this month.</param>
/// <param name="ProblemsSolved">Of those, solved (已解决).</param>
/// <param name="ProblemsBlocked">Of those, not solvable for policy reasons or force majeure (recorded as such).</param>
/// <param name="ProblemsFedBack">Of those, whose outcome or explanation was given back to the enterprise.</param>
/// <param name="OpenProblemsAtEnterprises">Environmental problems still open at the guide's enterprises at month end (blocked ones excluded).</param>
/// <param name="AverageRating">Mean of the enterprises' ratings (1–5) this month, null when none rated.</param>
public sealed record GuideMonthFigures(
    int GuidePersonId,
    string GuideName,
    int RequiredContacts,
    int MetContacts,
    int ProblemsCollected,
    int ProblemsSolved,
    int ProblemsBlocked,
    int ProblemsFedBack,
    int OpenProblemsAtEnterprises,
    double? AverageRating,
    int RatingCount)
{
    public bool FrequencyMet => MetContacts >= RequiredContacts;

    /// <summary>Share of the solvable problems (collected minus blocked) that were solved; 1 when there were none.</summary>
    public double SolvedRate => ProblemsCollected - ProblemsBlocked <= 0 ? 1 : (double)ProblemsSolved / (ProblemsCollected - ProblemsBlocked);

    public double ComplianceRate => RequiredContacts == 0 ? 1 : (double)MetContacts / RequiredContacts;
}
