namespace EnvBot.Data.Persistence.Storage;

/// <summary>A state document to write. <see cref="ExpectedETag"/>: null = must not exist yet, "*" = overwrite, else must match.</summary>
public sealed record BotStateRecord(string Key, string Json, string? ExpectedETag);
