using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EnvBot.Data.Domain.Pairings;
using EnvBot.Data.Guides;
using EnvBot.Data.Persistence.Seeding;

namespace EnvBot.Host.Cli;

/// <summary>
/// <c>eval contacts FILE.jsonl [--pairings FILE.csv]</c> (issue 8): reads lines <c>{"id","guide","sent_at","text"}</c>
/// and prints one JSON line per item <c>{"id","enterprise","date","channel","problem","resolution","needs_clarification"}</c>
/// with the rule-based extractor (no LLM). The pairing table is the Dinghai seed unless --pairings names another.
/// When lines carry an <c>"expected"</c> object, per-field accuracy goes to stderr. Needs no database.
/// </summary>
public static class ContactEvalCommand
{
    public static readonly string[] Fields = ["enterprise", "date", "channel", "problem", "resolution", "needs_clarification"];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not [var file, .. var rest])
        {
            await error.WriteLineAsync("用法：eval contacts FILE.jsonl [--pairings 结对表.csv]").ConfigureAwait(false);
            return 2;
        }
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"找不到文件：{file}").ConfigureAwait(false);
            return 2;
        }
        var pairingsAt = Array.IndexOf(rest, "--pairings");
        var csv = pairingsAt >= 0 && pairingsAt + 1 < rest.Length
            ? await File.ReadAllTextAsync(rest[pairingsAt + 1]).ConfigureAwait(false)
            : DatabaseSeeder.ReadSeed("dinghai-pairings.csv");
        var (rows, _) = PairingTableParser.Parse(csv);

        var correct = Fields.ToDictionary(f => f, _ => 0);
        var labelled = 0;
        var lineNumber = 0;
        foreach (var line in await File.ReadAllLinesAsync(file).ConfigureAwait(false))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            JsonObject item;
            try
            {
                item = JsonNode.Parse(line)!.AsObject();
            }
            catch (JsonException e)
            {
                await error.WriteLineAsync($"第{lineNumber}行不是 JSON：{e.Message}").ConfigureAwait(false);
                continue;
            }
            var result = Evaluate(item, rows);
            await output.WriteLineAsync(result.ToJsonString(Json)).ConfigureAwait(false);
            if (item["expected"] is JsonObject expected)
            {
                labelled++;
                foreach (var field in Fields)
                {
                    if (Same(field, expected[field], result[field]))
                    {
                        correct[field]++;
                    }
                    else
                    {
                        await error.WriteLineAsync($"  {item["id"]} {field}: expected {expected[field]?.ToJsonString(Json) ?? "null"}, got {result[field]?.ToJsonString(Json) ?? "null"}").ConfigureAwait(false);
                    }
                }
            }
        }
        if (labelled > 0)
        {
            await error.WriteLineAsync(string.Join(", ", Fields.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f} {correct[f]}/{labelled} = {100.0 * correct[f] / labelled:F1}%")))).ConfigureAwait(false);
        }
        return 0;
    }

    public static JsonObject Evaluate(JsonObject item, IReadOnlyList<PairingRow> rows)
    {
        var guide = item["guide"]?.GetValue<string>() ?? "";
        var sentAt = DateTimeOffset.Parse(item["sent_at"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var text = item["text"]?.GetValue<string>() ?? "";
        var extraction = ContactExtractor.Extract(text, sentAt, PairingCandidates.FromRows(rows, guide));
        if (extraction.NeedsClarification && Environment.GetEnvironmentVariable("ENVBOT_EVAL_EXPLAIN") == "1")
        {
            // For whoever tunes the rules: which question a careful colleague would ask, on stderr (stdout keeps the format).
            Console.Error.WriteLine($"{item["id"]}: asks {string.Join(", ", extraction.Questions)}");
        }
        return new JsonObject
        {
            ["id"] = item["id"]?.DeepClone(),
            ["enterprise"] = extraction.SettledEnterprise?.Name,
            ["date"] = extraction.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["channel"] = extraction.Channel,
            ["problem"] = extraction.Problem,
            ["resolution"] = extraction.Resolution,
            ["needs_clarification"] = extraction.NeedsClarification,
        };
    }

    /// <summary>Exact per field; the problem text is compared without punctuation and spaces (a comma is not a different problem).</summary>
    public static bool Same(string field, JsonNode? expected, JsonNode? actual)
    {
        string? Value(JsonNode? n) => n is null ? null : n.GetValueKind() == JsonValueKind.String ? n.GetValue<string>() : n.ToJsonString();
        var e = Value(expected);
        var a = Value(actual);
        if (field == "problem")
        {
            static string Fold(string? s) => new((s ?? "").Where(c => !char.IsPunctuation(c) && !char.IsWhiteSpace(c)).ToArray());
            return Fold(e) == Fold(a);
        }
        return e == a;
    }
}
