using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnvBot.Knowledge.Routing;

/// <summary>
/// The bureau's routing table 交办规则 as data (DOMAIN.md §1: "The table is data the administrator can change, not
/// code"): departments, typo normalisations, domain words for segmentation, weighted topic rules with the bureau's
/// exceptions, out-of-scope kinds (seed 003 §五(二)) and the confidence thresholds. Loaded from JSON, serialisable back,
/// versioned, so an edited table can replace the embedded default at run time.
/// </summary>
public sealed record RoutingTable
{
    private const string EmbeddedName = "EnvBot.Knowledge.Routing.routing-table.json";

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public required string Version { get; init; }
    public string? Source { get; init; }

    /// <summary>The labels a decision may carry, spelled as the routing table and the dev set spell them.</summary>
    public required IReadOnlyList<string> Departments { get; init; }

    /// <summary>Who triages by hand when nothing is sure (seed 003 §六(三): 综合处 reviews and assigns).</summary>
    public string FallbackDepartment { get; init; } = "综合处";

    /// <summary>The label for "the unit responsible under the 三定方案" and for out-of-scope rows.</summary>
    public string OtherDepartment { get; init; } = "其他";

    public RoutingThresholds Thresholds { get; init; } = new();
    public IReadOnlyList<NormalisationRule> Normalisations { get; init; } = [];
    public IReadOnlyList<string> DomainTerms { get; init; } = [];
    public IReadOnlyList<RoutingRule> Rules { get; init; } = [];
    public IReadOnlyList<ScopeRule> OutOfScope { get; init; } = [];
    public IReadOnlyList<ScopeRule> InScopeMarkers { get; init; } = [];
    public IReadOnlyList<string> FocusMarkers { get; init; } = [];
    public IReadOnlyList<string> DismissMarkers { get; init; } = [];

    public static RoutingTable FromJson(string json)
    {
        var table = JsonSerializer.Deserialize<RoutingTable>(json, JsonOptions)
            ?? throw new InvalidDataException("routing table JSON is empty");
        table.Validate();
        return table;
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>The table shipped with the product (EnvBot.Knowledge/Routing/routing-table.json).</summary>
    public static RoutingTable LoadDefault() => FromJson(ReadEmbedded(EmbeddedName));

    internal static string ReadEmbedded(string name)
    {
        using var stream = typeof(RoutingTable).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Rejects a table an administrator could not have meant: rules routing to departments it does not list.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Version))
        {
            throw new InvalidDataException("routing table has no version");
        }
        foreach (var rule in Rules)
        {
            if (!Departments.Contains(rule.Department))
            {
                throw new InvalidDataException($"rule {rule.Id} routes to {rule.Department}, which the table does not list");
            }
            if (rule.Terms.Count == 0)
            {
                throw new InvalidDataException($"rule {rule.Id} has no terms");
            }
        }
        if (!Departments.Contains(FallbackDepartment) || !Departments.Contains(OtherDepartment))
        {
            throw new InvalidDataException("fallback or other department is not in the table");
        }
    }
}
