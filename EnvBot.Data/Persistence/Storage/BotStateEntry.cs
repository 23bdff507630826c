namespace EnvBot.Data.Persistence.Storage;

/// <summary>One bot-state document (conversation or user state) with its ETag for optimistic concurrency.</summary>
public sealed class BotStateEntry
{
    public required string Key { get; set; }
    public required string Json { get; set; }
    public required string ETag { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
