using EnvBot.Data.Domain.Compliance;

namespace EnvBot.Data.Guides;

/// <summary>A month's frequency compliance for the report page: per block, per guide, and contacts per judged week.</summary>
public sealed record ComplianceReport(
    int Year,
    int Month,
    IReadOnlyList<(string Block, int Required, int Met)> Blocks,
    IReadOnlyList<(string Guide, int Required, int Met)> Guides,
    IReadOnlyList<(CompliancePeriod Week, int Contacts)> Weeks)
{
    public static double Rate(int required, int met) => required == 0 ? 1 : (double)met / required;
}
