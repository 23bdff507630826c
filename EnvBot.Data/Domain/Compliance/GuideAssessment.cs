namespace EnvBot.Data.Domain.Compliance;

/// <summary>
/// A guide's grade for a month with the figures and the rule that gave it, so anyone can check it by hand; a leader's
/// adjustment is kept beside the computed grade, never over it.
/// </summary>
public sealed record GuideAssessment(GuideMonthFigures Figures, GuideGrade ComputedGrade, string Rule)
{
    public GradeAdjustment? Adjustment { get; init; }

    public GuideGrade Grade => Adjustment?.Grade ?? ComputedGrade;

    public string Explanation => Adjustment is { } a
        ? $"{Rule}{AssessmentTexts.Adjusted(ComputedGrade, a.Grade, a.By, a.Reason)}"
        : Rule;
}

/// <summary>A leader's change of grade, with who and why (issue 8: "adjust a grade with a recorded reason").</summary>
public sealed record GradeAdjustment(GuideGrade Grade, string By, string Reason);
