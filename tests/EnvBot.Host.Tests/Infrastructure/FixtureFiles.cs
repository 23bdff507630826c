using System.Text.Json.Nodes;

namespace EnvBot.Host.Tests.Infrastructure;

/// <summary>
/// The shared Bot Framework fixtures (<c>shared/data/botframework-fixtures</c>), found by walking up from the test
/// binaries so the suite runs from any worktree or output folder.
/// </summary>
public static class FixtureFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string InboundDirectory => Path.Combine(Root.Value, "inbound");

    /// <summary>File names of all inbound fixtures, e.g. <c>01-teams-personal-message.json</c>.</summary>
    public static IReadOnlyList<string> InboundNames =>
        Directory.GetFiles(InboundDirectory, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static string ReadInbound(string name) => File.ReadAllText(Path.Combine(InboundDirectory, name));

    /// <summary>
    /// The fixture with its serviceUrl pointed at the fake connector, keeping the original path
    /// (<c>https://smba.trafficmanager.net/amer/</c> → <c>http://127.0.0.1:PORT/amer/</c>; fixtures README §5).
    /// Fixtures without a serviceUrl are left as they are. Everything else is byte-for-byte the recorded JSON.
    /// </summary>
    public static JsonObject ReadInboundFor(string name, Uri connector)
    {
        var json = JsonNode.Parse(ReadInbound(name))!.AsObject();
        if (json["serviceUrl"]?.GetValue<string>() is { } original)
        {
            json["serviceUrl"] = RewriteServiceUrl(original, connector);
        }
        return json;
    }

    public static string RewriteServiceUrl(string original, Uri connector)
    {
        var path = new Uri(original).AbsolutePath;
        // Keep "no trailing slash" as is (Emulator's http://localhost:53810): the bot must join paths either way.
        var rewritten = connector.GetLeftPart(UriPartial.Authority) + path;
        return original.EndsWith('/') ? rewritten : rewritten.TrimEnd('/');
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "botframework-fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"shared/data/botframework-fixtures not found above {AppContext.BaseDirectory}");
    }
}
