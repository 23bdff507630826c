namespace EnvBot.Data.Rectification;

/// <summary>One finding as the guide wrote it: what was found, its basis (optional), the suggestion, the deadline.</summary>
public sealed record NewFinding(string Finding, string? Basis, string Suggestion, DateOnly Deadline);
