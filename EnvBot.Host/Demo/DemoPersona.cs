namespace EnvBot.Host.Demo;

/// <summary>A seeded person (or an enterprise's contact) the web chat page can "talk as" in demo mode.</summary>
public sealed record DemoPersona(string Id, string Name, string Role, string? EnterpriseCreditCode = null);
