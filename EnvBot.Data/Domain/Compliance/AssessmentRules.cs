namespace EnvBot.Data.Domain.Compliance;

/// <summary>
/// The numbers the document leaves to the bureau (seed 000 says "基本解决", not a percentage): configurable as data
/// (section <c>Assessment</c>), with these defaults.
/// </summary>
public sealed record AssessmentRules
{
    /// <summary>"基本解决": at least this share of the solvable problems solved, for 良好.</summary>
    public double BasicallySolvedRate { get; init; } = 0.8;

    /// <summary>An average enterprise rating below this (1–5) keeps a guide from 良好, when anyone rated.</summary>
    public double MinimumRatingForGood { get; init; } = 3.0;

    /// <summary>An average enterprise rating below this keeps a guide from 优秀, when anyone rated.</summary>
    public double MinimumRatingForExcellent { get; init; } = 4.0;
}
