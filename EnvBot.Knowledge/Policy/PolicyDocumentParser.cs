using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EnvBot.Knowledge.Policy;

/// <summary>
/// Reads a corpus file (data/policy/README.md): "# 标题", an information block of "- 键：值" lines, a "---" line, then
/// the text with Markdown headings (编/分编/章/节) and article lines "第X条　…".
/// </summary>
public static partial class PolicyDocumentParser
{
    /// <summary>The information-block key <see cref="PolicyImporter"/> adds to an imported version.</summary>
    public const string ImportedAtKey = "导入时间";

    /// <summary>Parses <paramref name="markdown"/>; throws <see cref="FormatException"/> when it has no title or no separator.</summary>
    public static PolicyDocument Parse(string file, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var separator = Array.FindIndex(lines, l => l.Trim() == "---");
        if (separator < 0)
        {
            throw new FormatException($"{file}: 缺少信息块后的“---”分隔线");
        }
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        string? heading = null;
        foreach (var raw in lines.AsSpan(0, separator))
        {
            var line = raw.Trim();
            if (heading is null && line.StartsWith("# ", StringComparison.Ordinal))
            {
                heading = line[2..].Trim();
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal) && line.IndexOf('：') is var colon and > 2)
            {
                header.TryAdd(line[2..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }
        var title = header.GetValueOrDefault("标题") ?? heading ?? throw new FormatException($"{file}: 缺少标题");
        var status = header.GetValueOrDefault("效力状态") ?? "";
        return new PolicyDocument
        {
            File = file,
            Title = title,
            Category = header.GetValueOrDefault("类别") ?? "",
            Issuer = header.GetValueOrDefault("制定机关") ?? "",
            Status = StatusHead(status),
            Validity = ValidityOf(status),
            RepealedOn = ValidityOf(status) == PolicyValidity.Repealed ? RepealDate(status) : null,
            Promulgation = header.GetValueOrDefault("发布/修订") ?? "",
            EffectiveDate = header.GetValueOrDefault("施行日期") ?? "",
            Version = header.GetValueOrDefault(ImportedAtKey) ?? "内置",
            Articles = SplitArticles(lines.AsSpan(separator + 1)),
        };
    }

    /// <summary>现行有效（需核实） stays current; 已废止 is repealed; 已被替代 / 可能已失效 are superseded (README 重要效力提示).</summary>
    public static PolicyValidity ValidityOf(string status)
    {
        var head = StatusHead(status);
        if (head.StartsWith("已废止", StringComparison.Ordinal))
        {
            return PolicyValidity.Repealed;
        }
        return head.StartsWith("已被", StringComparison.Ordinal) || head.Contains("失效", StringComparison.Ordinal)
            ? PolicyValidity.Superseded
            : PolicyValidity.Current;
    }

    private static string StatusHead(string status)
    {
        var end = status.IndexOfAny(['。', '；']);
        return (end > 0 ? status[..end] : status).Trim();
    }

    private static DateOnly? RepealDate(string status)
    {
        var match = ChineseDate().Match(status);
        return match.Success
            ? new DateOnly(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture))
            : null;
    }

    private static List<PolicyArticle> SplitArticles(ReadOnlySpan<string> body)
    {
        var articles = new List<PolicyArticle>();
        var chapters = new List<(int Level, string Name)>();
        var text = new StringBuilder();
        int? number = null;
        var chapter = "";

        void Flush()
        {
            if (number is { } n)
            {
                articles.Add(new PolicyArticle(n, ChineseNumerals.ArticleLabel(n), chapter, text.ToString().Trim()));
            }
            number = null;
            text.Clear();
        }

        foreach (var raw in body)
        {
            var line = raw.TrimEnd();
            if (line.StartsWith('#'))
            {
                // An article ends at the next heading (policy-qa README, "Article units").
                Flush();
                var level = line.TakeWhile(c => c == '#').Count();
                chapters.RemoveAll(c => c.Level >= level);
                chapters.Add((level, line[level..].Trim().Replace('　', ' ')));
                chapter = string.Join(" / ", chapters.Select(c => c.Name));
                continue;
            }
            var match = ArticleLine().Match(line);
            if (match.Success && ChineseNumerals.TryParse(match.Groups[1].ValueSpan, out var parsed))
            {
                Flush();
                number = parsed;
                text.Append(line);
                continue;
            }
            if (number is not null && line.Length > 0)
            {
                text.Append('\n').Append(line);
            }
        }
        Flush();
        return articles;
    }

    [GeneratedRegex(@"^第([〇零一二三四五六七八九十百千两0-9０-９]+)条[　 ]")]
    private static partial Regex ArticleLine();

    [GeneratedRegex(@"(\d{4})年(\d{1,2})月(\d{1,2})日")]
    private static partial Regex ChineseDate();
}
