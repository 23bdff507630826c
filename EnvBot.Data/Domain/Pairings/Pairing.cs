namespace EnvBot.Data.Domain.Pairings;

/// <summary>
/// Enterprise ↔ guide within a block and programme, valid from/to: pairings change, history stays (issue 4).
/// <see cref="GuidePersonId"/> is null where the table names no guide; the block's leads then answer for it.
/// </summary>
public sealed class Pairing
{
    public int Id { get; set; }
    public int ProgrammeId { get; set; }
    public int EnterpriseId { get; set; }
    public int? GuidePersonId { get; set; }
    public int BlockId { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? Note { get; set; }

    public bool IsActiveOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day < ValidTo);
}
