namespace EnvBot.Data.Domain.Compliance;

/// <summary>
/// The monthly grade of a guide, DOMAIN.md §2 考核评价 (seed 000):
/// 不合格 — the contact frequency was not met;
/// 合格 — frequency met but no real effect;
/// 良好 — frequency met, problems fully collected (and fed back) and basically solved;
/// 优秀 — frequency met, every problem solved except those blocked by policy or force majeure, and the enterprises have
/// no open environmental problem. The enterprises' own rating (企业反向测评) caps 良好 and 优秀 when anyone rated.
/// </summary>
public static class GuideGrading
{
    public static GuideAssessment Assess(GuideMonthFigures f, AssessmentRules rules)
    {
        if (!f.FrequencyMet)
        {
            return new(f, GuideGrade.Unqualified, AssessmentTexts.FrequencyNotMet(f.RequiredContacts, f.MetContacts));
        }
        var allFedBack = f.ProblemsFedBack >= f.ProblemsCollected;
        if (f.ProblemsCollected > 0
            && allFedBack
            && f.ProblemsSolved + f.ProblemsBlocked >= f.ProblemsCollected
            && f.OpenProblemsAtEnterprises == 0
            && RatingAtLeast(f, rules.MinimumRatingForExcellent))
        {
            return new(f, GuideGrade.Excellent, AssessmentTexts.Excellent(f));
        }
        var shortOfGood = new List<string>();
        if (f.ProblemsCollected == 0)
        {
            shortOfGood.Add(AssessmentTexts.NoProblemsCollected);
        }
        else
        {
            if (!allFedBack)
            {
                shortOfGood.Add(AssessmentTexts.NotFedBack(f.ProblemsCollected - f.ProblemsFedBack));
            }
            if (f.SolvedRate < rules.BasicallySolvedRate)
            {
                shortOfGood.Add(AssessmentTexts.SolvedRateTooLow(f.SolvedRate, rules.BasicallySolvedRate));
            }
        }
        if (!RatingAtLeast(f, rules.MinimumRatingForGood))
        {
            shortOfGood.Add(AssessmentTexts.RatingTooLow(f.AverageRating!.Value, rules.MinimumRatingForGood));
        }
        return shortOfGood.Count == 0
            ? new(f, GuideGrade.Good, AssessmentTexts.Good(f))
            : new(f, GuideGrade.Qualified, AssessmentTexts.Qualified(f, shortOfGood));
    }

    private static bool RatingAtLeast(GuideMonthFigures f, double minimum) => f.AverageRating is not { } r || r >= minimum;
}
