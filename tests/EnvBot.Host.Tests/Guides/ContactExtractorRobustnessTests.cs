using System.Text.Json.Nodes;
using EnvBot.Data.Domain.Pairings;
using EnvBot.Data.Guides;
using EnvBot.Data.Persistence.Seeding;

namespace EnvBot.Host.Tests.Guides;

/// <summary>
/// Bad input loses nothing and never crashes the guide's turn: every message of every labelled set, and the shapes a
/// guide's typing gives it — cut off part-way, run together with no punctuation, sent twice in one message, or read by
/// another person of the table — is read into a form (the extractor is pure rules; one throw would end the dialog).
/// A rule added for set 77 once indexed past two overlapping names; the whole collection found it, this keeps it found.
/// </summary>
public sealed class ContactExtractorRobustnessTests
{
    private static readonly IReadOnlyList<PairingRow> Rows = PairingTableParser.Parse(DatabaseSeeder.ReadSeed("dinghai-pairings.csv")).Rows;

    private static IEnumerable<JsonObject> Messages() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Guides"), "contacts-*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject());

    private static IEnumerable<string> Shapes(string text)
    {
        yield return text;
        yield return new string([.. text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c))]);
        yield return $"{text}。{text}";
        foreach (var i in new[] { text.Length / 3, text.Length * 2 / 3 })
        {
            yield return text[..i];
            yield return text[i..];
        }
    }

    [Fact]
    public void EveryLabelledMessage_InEveryShape_IsReadWithoutFailing()
    {
        var people = Rows.Select(r => r.Guide).OfType<string>().Concat(Rows.SelectMany(r => r.BlockLeads)).Where(p => p.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        var read = 0;
        var index = 0;
        foreach (var item in Messages())
        {
            var text = item["text"]!.GetValue<string>();
            var sentAt = DateTimeOffset.Parse(item["sent_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
            // The writer's guide, and for every fourth message another person of the table in turn: a name not theirs is
            // asked about, not a crash.
            string[] readers = index++ % 4 == 0 ? [item["guide"]!.GetValue<string>(), people[index / 4 % people.Count]] : [item["guide"]!.GetValue<string>()];
            foreach (var guide in readers)
            {
                var candidates = PairingCandidates.FromRows(Rows, guide);
                foreach (var shape in Shapes(text))
                {
                    var x = ContactExtractor.Extract(shape, sentAt, candidates);
                    Assert.True(x.Enterprise is null || candidates.Contains(x.Enterprise), $"{guide}: {shape}");
                    Assert.True(x.Date is null || x.Date <= DateOnly.FromDateTime(sentAt.ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(1), $"{guide}: {shape} → {x.Date}");
                    read++;
                }
            }
        }
        Assert.True(read > 20_000, $"only {read} shapes read");
    }
}
