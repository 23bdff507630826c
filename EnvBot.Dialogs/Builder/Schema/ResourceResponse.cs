namespace EnvBot.Dialogs.Builder.Schema;

/// <summary>The connector's answer to a send: the new activity's id, or null when the channel answered 202 with no body.</summary>
public sealed record ResourceResponse(string? Id);
