using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EnvBot.Knowledge.Policy;

namespace EnvBot.Host.Cli;

/// <summary>
/// <c>eval policy FILE.jsonl [--today yyyy-MM-dd]</c>: one JSON line per question with the top 10 (file, article)
/// pairs, then recall@1, recall@5 and MRR@10 (policy-qa README, "Scoring"). Needs no database, so Program runs it
/// before the web application is built. --today sets the date relative expressions (今年6月) are read against.
/// </summary>
public static class PolicyEvalCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not [var file, .. var rest])
        {
            await error.WriteLineAsync(PolicyReplies.EvalUsage).ConfigureAwait(false);
            return 2;
        }
        if (!File.Exists(file))
        {
            await error.WriteLineAsync(PolicyReplies.FileNotFound(file)).ConfigureAwait(false);
            return 2;
        }
        TimeProvider time = TimeProvider.System;
        var todayAt = Array.IndexOf(rest, "--today");
        if (todayAt >= 0 && todayAt + 1 < rest.Length)
        {
            time = new FixedTimeProvider(DateTimeOffset.Parse(rest[todayAt + 1] + "T09:00:00+08:00", CultureInfo.InvariantCulture));
        }

        var watch = Stopwatch.StartNew();
        var search = new PolicySearch(PolicyCorpus.Load(PolicyOptions.DefaultDataPath), time);
        var built = watch.Elapsed;
        var report = PolicyEvaluator.Evaluate(search, await File.ReadAllLinesAsync(file).ConfigureAwait(false), output.WriteLine);
        await output.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["questions"] = report.Questions,
            ["recall@1"] = Math.Round(report.RecallAt1, 4),
            ["recall@5"] = Math.Round(report.RecallAt5, 4),
            ["mrr@10"] = Math.Round(report.Mrr, 4),
        })).ConfigureAwait(false);
        await error.WriteLineAsync("confidence: " + string.Join(", ", report.ByConfidence.OrderByDescending(c => c.Key).Select(c =>
            string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value.Questions} (first right {c.Value.First})")))).ConfigureAwait(false);
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"index {built.TotalSeconds:F1}s, {search.ArticleCount} articles; misses (not ranked first; gold in brackets):")).ConfigureAwait(false);
        foreach (var miss in report.Misses)
        {
            await error.WriteLineAsync("  " + miss).ConfigureAwait(false);
        }
        return 0;
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
