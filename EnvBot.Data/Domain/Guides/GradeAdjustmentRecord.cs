namespace EnvBot.Data.Domain.Guides;

/// <summary>
/// A leader's change of a guide's monthly grade with the reason (issue 8: "adjust a grade with a recorded reason").
/// Kept beside the computed grade, never over it; the latest one for a guide and month counts.
/// </summary>
public sealed class GradeAdjustmentRecord
{
    public long Id { get; set; }
    public int GuidePersonId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }

    /// <summary>The grade set, stored by name (<see cref="Compliance.GuideGrade"/>).</summary>
    public Compliance.GuideGrade Grade { get; set; }

    public int ByPersonId { get; set; }
    public required string ByName { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset At { get; set; }
}
