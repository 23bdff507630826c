using System.Globalization;
using EnvBot.Knowledge.Policy;

namespace EnvBot.Host.Cli;

/// <summary>
/// <c>eval policy-vocabulary FILE.jsonl [FILE.jsonl …]</c>: for each line of colloquial-terms.tsv, the hits at 1 and at
/// 5 gained (+) or lost (−) on the given sets when the line is taken out — lines whose removal gains hits first. For
/// maintainers deciding whether a vocabulary line says the same thing or only names a topic (issue 6).
/// </summary>
public static class PolicyVocabularyCommand
{
    public static async Task<int> RunAsync(string[] files, TextWriter output, TextWriter error)
    {
        if (files.Length == 0)
        {
            await error.WriteLineAsync(PolicyReplies.VocabularyUsage).ConfigureAwait(false);
            return 2;
        }
        if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            await error.WriteLineAsync(PolicyReplies.FileNotFound(missing)).ConfigureAwait(false);
            return 2;
        }
        var search = new PolicySearch(PolicyCorpus.Load(PolicyOptions.DefaultDataPath), TimeProvider.System);
        var sets = new List<(string, IReadOnlyList<string>)>();
        foreach (var file in files)
        {
            sets.Add((Path.GetFileNameWithoutExtension(file), await File.ReadAllLinesAsync(file).ConfigureAwait(false)));
        }
        var result = PolicyVocabularyAblation.Run(search, sets);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{result.Questions} questions: {result.HitsAt1} first, {result.HitsAt5} in the top 5; without each line (Δ@1 Δ@5, per set):")).ConfigureAwait(false);
        foreach (var e in result.Effects)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{e.DeltaAt1:+0;-0;0}\t{e.DeltaAt5:+0;-0;0}\t{e.Phrase} → {e.Expansion}\t{string.Join(", ", e.Sets)}")).ConfigureAwait(false);
        }
        return 0;
    }
}
