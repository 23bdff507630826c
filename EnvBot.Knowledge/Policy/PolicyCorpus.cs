using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace EnvBot.Knowledge.Policy;

/// <summary>
/// Every version of every document the knowledge base knows: the corpus shipped in the assembly plus what an
/// administrator imported into the data folder (<see cref="PolicyImporter"/>). A newer version of a title supersedes
/// the older one, which stays citable for conduct before the import (DOMAIN.md §4).
/// </summary>
public sealed class PolicyCorpus
{
    private const string ResourcePrefix = "PolicyCorpus/";

    public PolicyCorpus(IReadOnlyList<PolicyDocument> documents) => Documents = documents;

    /// <summary>All versions, the current one of each title first.</summary>
    public IReadOnlyList<PolicyDocument> Documents { get; }

    /// <summary>The version in force of <paramref name="title"/>, or null.</summary>
    public PolicyDocument? Current(string title) =>
        Documents.FirstOrDefault(d => d.Title == title && d.Version == CurrentVersionOf(title));

    /// <summary>The versions of a title, newest first.</summary>
    public IEnumerable<PolicyDocument> Versions(string title) => Documents.Where(d => d.Title == title);

    private string? CurrentVersionOf(string title) => Documents.FirstOrDefault(d => d.Title == title)?.Version;

    /// <summary>The shipped corpus only.</summary>
    public static PolicyCorpus LoadBuiltIn() => Load(null);

    /// <summary>The shipped corpus, superseded where <paramref name="importFolder"/> holds a newer version of a title.</summary>
    public static PolicyCorpus Load(string? importFolder)
    {
        var builtIn = BuiltInDocuments();
        var imported = new List<PolicyDocument>();
        if (importFolder is not null && Directory.Exists(importFolder))
        {
            foreach (var path in Directory.EnumerateFiles(importFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var document = PolicyDocumentParser.Parse(PolicyImporter.CorpusFileName(path), File.ReadAllText(path));
                imported.Add(document);
            }
        }

        // Newest first per title: imports by import time, the shipped text last.
        var ordered = imported.OrderByDescending(d => d.Version, StringComparer.Ordinal).Concat(builtIn);
        var result = new List<PolicyDocument>();
        foreach (var group in ordered.GroupBy(d => d.Title, StringComparer.Ordinal))
        {
            var versions = group.ToList();
            result.Add(versions[0]);
            for (var v = 1; v < versions.Count; v++)
            {
                // An older version applies to conduct before the newer one arrived.
                result.Add(versions[v] with
                {
                    Validity = versions[v].Validity == PolicyValidity.Repealed ? PolicyValidity.Repealed : PolicyValidity.Superseded,
                    RepealedOn = versions[v].RepealedOn ?? PolicyImporter.ImportDate(versions[v - 1].Version),
                });
            }
        }
        return new PolicyCorpus(result);
    }

    /// <summary>The shipped index.json entries (file, title, status, article count…).</summary>
    public static IReadOnlyList<PolicyIndexEntry> BuiltInIndex()
    {
        using var stream = Resource("index.json");
        using var json = JsonDocument.Parse(stream);
        return [.. json.RootElement.GetProperty("documents").EnumerateArray().Select(d => new PolicyIndexEntry(
            d.GetProperty("file").GetString()!,
            d.GetProperty("title").GetString()!,
            d.GetProperty("status").GetString()!,
            d.GetProperty("article_count").GetInt32(),
            d.TryGetProperty("repealed_date", out var r) && DateOnly.TryParseExact(r.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null))];
    }

    private static List<PolicyDocument> BuiltInDocuments()
    {
        var index = BuiltInIndex().ToDictionary(e => e.File, StringComparer.Ordinal);
        var documents = new List<PolicyDocument>();
        foreach (var name in typeof(PolicyCorpus).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = name[ResourcePrefix.Length..];
            if (!index.TryGetValue(file, out var entry))
            {
                continue; // README.md and anything not listed in index.json
            }
            using var reader = new StreamReader(Resource(file));
            var document = PolicyDocumentParser.Parse(file, reader.ReadToEnd());
            documents.Add(document with { RepealedOn = document.RepealedOn ?? entry.RepealedDate });
        }
        return documents;
    }

    private static Stream Resource(string file) =>
        typeof(PolicyCorpus).Assembly.GetManifestResourceStream(ResourcePrefix + file)
        ?? throw new InvalidOperationException($"Embedded policy corpus file missing: {file}");
}
