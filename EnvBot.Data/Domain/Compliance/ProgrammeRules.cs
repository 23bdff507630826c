using EnvBot.Data.Domain.Pairings;

namespace EnvBot.Data.Domain.Compliance;

/// <summary>A programme's frequency rules read once into channel masks, shared by all its pairings.</summary>
public sealed class ProgrammeRules
{
    public ProgrammeRules(string programmeCode, IEnumerable<FrequencyRule> rules)
    {
        ProgrammeCode = programmeCode;
        Rules = [.. rules.Select(r => new CompiledRule(r.Period, Math.Max(1, r.MinimumCount), ContactChannels.MaskOf(r.Channels), r.Description))];
    }

    public string ProgrammeCode { get; }
    public IReadOnlyList<CompiledRule> Rules { get; }

    public static ProgrammeRules From(Programme programme) => new(programme.Code, programme.Rules);
}

/// <summary>"At least <see cref="MinimumCount"/> contacts by a channel in <see cref="Channels"/> per <see cref="Period"/>."</summary>
public readonly record struct CompiledRule(FrequencyPeriod Period, int MinimumCount, ContactChannel Channels, string Description);
