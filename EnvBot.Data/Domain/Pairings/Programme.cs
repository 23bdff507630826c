namespace EnvBot.Data.Domain.Pairings;

/// <summary>
/// A pairing scheme with its contact-frequency rules as data (DOMAIN.md §2: "Rules are data per programme, not code").
/// </summary>
public sealed class Programme
{
    public int Id { get; set; }

    /// <summary>"guide" (定海区环保指导员, seed 000) or "shibaiqian" (省十百千联络员, seed 001).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public List<FrequencyRule> Rules { get; set; } = [];
}
