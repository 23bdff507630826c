namespace EnvBot.Data.Domain.Compliance;

/// <summary>
/// One pairing's month: how many (rule, period) requirements applied, how many were met, and which were missed —
/// the missed list is what a guide or lead is shown, so the verdict can be checked by hand.
/// </summary>
public readonly record struct PairingCompliance(int PairingId, int Required, int Met, IReadOnlyList<MissedRequirement> Missed)
{
    public bool IsMet => Met == Required;
}

/// <summary>A rule not met in a period: the rule's own words, the period, and how many contacts counted.</summary>
public readonly record struct MissedRequirement(CompiledRule Rule, CompliancePeriod Period, int Counted);
