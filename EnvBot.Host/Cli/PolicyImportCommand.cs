using EnvBot.Knowledge.Policy;

namespace EnvBot.Host.Cli;

/// <summary>
/// <c>import policy FILE.md [--data DIR]</c>: stores a new or revised law/regulation (corpus format: information block,
/// "---", articles) in the folder the knowledge base loads at start (default data/policy). A document with the same
/// title as an existing one supersedes it; the old version is kept for past conduct.
/// </summary>
public static class PolicyImportCommand
{
    public static async Task<int> RunAsync(string[] args, TimeProvider time, TextWriter output, TextWriter error)
    {
        if (args is not [var file, .. var rest])
        {
            await error.WriteLineAsync(PolicyReplies.ImportUsage).ConfigureAwait(false);
            return 2;
        }
        if (!File.Exists(file))
        {
            await error.WriteLineAsync(PolicyReplies.FileNotFound(file)).ConfigureAwait(false);
            return 2;
        }
        var dataAt = Array.IndexOf(rest, "--data");
        var folder = dataAt >= 0 && dataAt + 1 < rest.Length ? rest[dataAt + 1] : PolicyOptions.DefaultDataPath;
        var result = new PolicyImporter(folder, time).Import(file, await File.ReadAllTextAsync(file).ConfigureAwait(false));
        await (result.Succeeded ? output : error).WriteLineAsync(result.Message).ConfigureAwait(false);
        return result.Succeeded ? 0 : 1;
    }
}
