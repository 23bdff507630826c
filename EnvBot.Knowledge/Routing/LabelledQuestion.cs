using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnvBot.Knowledge.Routing;

/// <summary>A line of the dev.jsonl / training.jsonl format. Labels are optional: a file of bare questions still routes.</summary>
public sealed record LabelledQuestion
{
    public string? Id { get; init; }
    public required string Text { get; init; }
    public string? Department { get; init; }
    public IReadOnlyList<string>? Secondary { get; init; }

    [JsonPropertyName("out_of_scope")]
    public bool? OutOfScope { get; init; }

    public string? Why { get; init; }
    public string? Difficulty { get; init; }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Reads JSON lines, skipping blank lines; throws with the line number on a malformed line.</summary>
    public static IReadOnlyList<LabelledQuestion> ReadJsonLines(string content)
    {
        var items = new List<LabelledQuestion>();
        var lineNumber = 0;
        foreach (var line in content.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                items.Add(JsonSerializer.Deserialize<LabelledQuestion>(line, Options)
                    ?? throw new InvalidDataException("null line"));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"line {lineNumber}: {e.Message}", e);
            }
        }
        return items;
    }

    /// <summary>The examples shipped with the product (EnvBot.Knowledge/Routing/training.jsonl).</summary>
    public static IReadOnlyList<LabelledQuestion> LoadTrainingSet() =>
        ReadJsonLines(RoutingTable.ReadEmbedded("EnvBot.Knowledge.Routing.training.jsonl"));
}
