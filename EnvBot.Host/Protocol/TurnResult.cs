using System.Text.Json;

namespace EnvBot.Host.Protocol;

/// <summary>What the HTTP layer answers for one inbound activity.</summary>
public sealed record TurnResult(int Status, JsonElement? Body = null);
