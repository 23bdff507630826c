using EnvBot.Data.Domain.Pairings;

namespace EnvBot.Data.Domain.Compliance;

/// <summary>A week or a month in which a frequency rule asks for contacts, first and last day inclusive.</summary>
public readonly record struct CompliancePeriod(FrequencyPeriod Kind, DateOnly First, DateOnly Last)
{
    public bool Contains(DateOnly date) => First <= date && date <= Last;
}
