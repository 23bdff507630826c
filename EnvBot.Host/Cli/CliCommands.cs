using EnvBot.Data.Import;
using EnvBot.Data.Persistence.Seeding;

namespace EnvBot.Host.Cli;

/// <summary>
/// Administrative commands run as <c>dotnet run --project EnvBot.Host -- &lt;command&gt;</c> against the configured
/// database, then exit: <c>import pairings FILE.csv [--programme guide|shibaiqian]</c>.
/// </summary>
public static class CliCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "import" or "eval";

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter output, TextWriter error)
    {
        switch (args)
        {
            case ["import", "pairings", var file, .. var rest]:
                if (!File.Exists(file))
                {
                    await error.WriteLineAsync($"找不到文件：{file}").ConfigureAwait(false);
                    return 2;
                }
                var programme = Option(rest, "--programme") ?? ReferenceData.GuideProgramme;
                var report = await app.Services.GetRequiredService<PairingTableImporter>()
                    .ImportAsync(await File.ReadAllTextAsync(file).ConfigureAwait(false), programme, ReferenceData.BureauCode, CancellationToken.None)
                    .ConfigureAwait(false);
                await output.WriteLineAsync(report.ToText()).ConfigureAwait(false);
                return report.Unreadable.Count == 0 ? 0 : 1;
            default:
                await error.WriteLineAsync("用法：import pairings FILE.csv [--programme guide|shibaiqian]").ConfigureAwait(false);
                return 2;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
