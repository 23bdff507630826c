namespace EnvBot.Knowledge.Policy;

/// <summary>What an import did: the stored version, and the version it superseded (kept, citable for past conduct).</summary>
public sealed record PolicyImportResult(bool Succeeded, string Message, PolicyDocument? Document, PolicyDocument? Superseded);
