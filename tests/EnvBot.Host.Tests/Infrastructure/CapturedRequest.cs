using System.Text.Json;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Host.Tests.Infrastructure;

/// <summary>One request the bot made to the <see cref="FakeConnector"/>.</summary>
/// <param name="Path">The decoded path.</param>
/// <param name="RawTarget">The request target exactly as the bot sent it, percent-encoding intact.</param>
public sealed record CapturedRequest(string Method, string Path, string Authorization, string Body, string RawTarget)
{
    public Activity Activity => JsonSerializer.Deserialize(Body, BotJson.Context.Activity)!;
}
