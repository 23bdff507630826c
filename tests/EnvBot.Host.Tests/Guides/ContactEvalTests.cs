using System.Text.Json.Nodes;
using EnvBot.Host.Cli;
using Xunit.Abstractions;

namespace EnvBot.Host.Tests.Guides;

/// <summary>
/// Issue 8: <c>eval contacts</c> on the labelled messages in this folder. contacts-dev.jsonl (69 messages written like
/// guides write, 12 of them ambiguous) is the set the rules were written against: ≥ 95 % exact per field and every
/// ambiguous message flagged. contacts-heldout.jsonl is smaller, in another style (form-like and chatty), and was not
/// tuned on: its figures are printed and guarded only against getting worse.
/// </summary>
public sealed class ContactEvalTests(ITestOutputHelper output)
{
    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Guides", name);

    private static async Task<(List<JsonObject> Items, List<JsonObject> Results, string Errors)> RunAsync(string file)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(0, await ContactEvalCommand.RunAsync([DataFile(file)], stdout, stderr));
        var items = (await File.ReadAllLinesAsync(DataFile(file))).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        var results = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        return (items, results, stderr.ToString());
    }

    private Dictionary<string, double> Accuracy(List<JsonObject> items, List<JsonObject> results)
    {
        Assert.Equal(items.Count, results.Count);
        var accuracy = new Dictionary<string, double>();
        foreach (var field in ContactEvalCommand.Fields)
        {
            var right = items.Zip(results).Count(p => ContactEvalCommand.Same(field, p.First["expected"]![field], p.Second[field]));
            accuracy[field] = (double)right / items.Count;
            output.WriteLine($"{field}: {right}/{items.Count} = {accuracy[field]:P1}");
        }
        return accuracy;
    }

    [Fact]
    public async Task DevSet_AtLeast95PercentPerField_AndEveryAmbiguousMessageFlagged()
    {
        var (items, results, errors) = await RunAsync("contacts-dev.jsonl");
        output.WriteLine(errors);

        Assert.True(items.Count >= 60, $"only {items.Count} labelled messages");
        // Output is one line per item with exactly the issue's keys, in input order.
        Assert.Equal(items.Select(i => i["id"]!.GetValue<string>()), results.Select(r => r["id"]!.GetValue<string>()));
        Assert.All(results, r => Assert.Equal(["id", .. ContactEvalCommand.Fields], r.Select(p => p.Key)));
        foreach (var (field, value) in Accuracy(items, results))
        {
            Assert.True(value >= 0.95, $"{field}: {value:P1} < 95 %");
        }
        var ambiguous = items.Zip(results).Where(p => p.First["expected"]!["needs_clarification"]!.GetValue<bool>()).ToList();
        Assert.True(ambiguous.Count >= 10);
        Assert.All(ambiguous, p => Assert.True(p.Second["needs_clarification"]!.GetValue<bool>(), $"{p.First["id"]} not flagged: {p.First["text"]}"));
    }

    [Fact]
    public async Task HeldOutSet_FiguresReported_NoWorseThanMeasured()
    {
        var (items, results, errors) = await RunAsync("contacts-heldout.jsonl");
        output.WriteLine(errors);

        var accuracy = Accuracy(items, results);
        // Measured when the set was written, before any rule was changed for it (see the branch report).
        Assert.True(accuracy["enterprise"] >= 0.95);
        Assert.True(accuracy["date"] >= 0.95);
        Assert.True(accuracy["channel"] >= 0.95);
        Assert.True(accuracy["problem"] >= 0.40);
        Assert.True(accuracy["resolution"] >= 0.70);
        Assert.True(accuracy["needs_clarification"] >= 0.80);
    }
}
