namespace EnvBot.Data.Domain.Pairings;

/// <summary>"At least <see cref="MinimumCount"/> contact(s) by one of <see cref="Channels"/> per <see cref="Period"/>."</summary>
public sealed class FrequencyRule
{
    public FrequencyPeriod Period { get; set; }
    public int MinimumCount { get; set; } = 1;

    /// <summary>Service channels that count (电话, 现场走访, 视频 …); empty means any.</summary>
    public List<string> Channels { get; set; } = [];

    public required string Description { get; set; }
}
