using EnvBot.Data.Import;
using EnvBot.Data.Persistence.Seeding;
using EnvBot.Knowledge.Routing.Admin;

namespace EnvBot.Host.Cli;

/// <summary>
/// Administrative commands run as <c>dotnet run --project EnvBot.Host -- &lt;command&gt;</c> against the configured
/// database, then exit: <c>import pairings FILE.csv [--programme guide|shibaiqian]</c>.
/// </summary>
public static class CliCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "import" or "eval" or "export";

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
            case ["import", "routing", var tableFile, .. var tableRest]:
                // Issue 5: a whole routing table edited as a file becomes a new version in force on every host.
                if (!File.Exists(tableFile))
                {
                    await error.WriteLineAsync($"找不到文件：{tableFile}").ConfigureAwait(false);
                    return 2;
                }
                var (imported, reply) = await app.Services.GetRequiredService<RoutingTableAdmin>()
                    .ImportAsync(await File.ReadAllTextAsync(tableFile).ConfigureAwait(false), Option(tableRest, "--by") ?? Environment.UserName, Option(tableRest, "--note"), CancellationToken.None)
                    .ConfigureAwait(false);
                await (imported ? output : error).WriteLineAsync(reply).ConfigureAwait(false);
                return imported ? 0 : 1;
            case ["export", "routing", .. var exportRest]:
                var json = await app.Services.GetRequiredService<RoutingTableAdmin>().ExportAsync(CancellationToken.None).ConfigureAwait(false);
                if (exportRest is [var target, ..])
                {
                    await File.WriteAllTextAsync(target, json).ConfigureAwait(false);
                }
                else
                {
                    await output.WriteLineAsync(json).ConfigureAwait(false);
                }
                return 0;
            default:
                await error.WriteLineAsync("用法：import pairings FILE.csv [--programme guide|shibaiqian] · import routing FILE.json [--note 说明] [--by 姓名] · export routing [FILE.json]").ConfigureAwait(false);
                return 2;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
