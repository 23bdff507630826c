namespace EnvBot.Knowledge.Routing;

/// <summary>A typo or abbreviation fix applied before matching (环平→环评, 危费→危废, voc→VOCs): a .NET regex and its replacement.</summary>
public sealed record NormalisationRule
{
    public required string Pattern { get; init; }
    public required string Replacement { get; init; }
}
