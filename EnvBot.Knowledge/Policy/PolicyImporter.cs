using System.Globalization;
using EnvBot.Data.Time;

namespace EnvBot.Knowledge.Policy;

/// <summary>
/// Stores an administrator's new or revised document in the data folder the knowledge base loads at start. Every
/// version is a separate file "<c>yyyyMMddHHmmss--name.md</c>", so nothing is overwritten: the newest version of a
/// title is the one in force and the older ones stay citable for past conduct (issue 6).
/// </summary>
public sealed class PolicyImporter(string folder, TimeProvider time)
{
    private const string Separator = "--";

    public PolicyImportResult Import(string fileName, string markdown)
    {
        var name = Path.GetFileName(fileName);
        PolicyDocument parsed;
        try
        {
            parsed = PolicyDocumentParser.Parse(name, markdown);
        }
        catch (FormatException e)
        {
            return new PolicyImportResult(false, PolicyReplies.ImportUnreadable(name, e.Message), null, null);
        }
        if (parsed.Articles.Count == 0)
        {
            return new PolicyImportResult(false, PolicyReplies.ImportNoArticles(name), null, null);
        }

        var before = PolicyCorpus.Load(folder).Current(parsed.Title);
        var now = BureauTime.Now(time);
        var version = now.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{now.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}{Separator}{name}");
        File.WriteAllText(path, WithImportTime(markdown, version));
        var stored = parsed with { Version = version };
        return new PolicyImportResult(true, PolicyReplies.Imported(stored, before), stored, before);
    }

    /// <summary>The corpus file name of a stored version: "20261125100000--reg-x.md" → "reg-x.md".</summary>
    public static string CorpusFileName(string path)
    {
        var name = Path.GetFileName(path);
        var at = name.IndexOf(Separator, StringComparison.Ordinal);
        return at >= 0 ? name[(at + Separator.Length)..] : name;
    }

    /// <summary>The day a version was imported, from its version label; null for the shipped text.</summary>
    public static DateOnly? ImportDate(string version) =>
        DateOnly.TryParseExact(version.Length >= 10 ? version[..10] : version, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string WithImportTime(string markdown, string version)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        lines.RemoveAll(l => l.StartsWith($"- {PolicyDocumentParser.ImportedAtKey}：", StringComparison.Ordinal));
        var separator = lines.FindIndex(l => l.Trim() == "---");
        var insertAt = separator;
        while (insertAt > 0 && lines[insertAt - 1].Trim().Length == 0)
        {
            insertAt--;
        }
        lines.Insert(insertAt, $"- {PolicyDocumentParser.ImportedAtKey}：{version}");
        return string.Join('\n', lines);
    }
}
