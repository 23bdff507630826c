using System.Text;
using System.Text.RegularExpressions;

namespace EnvBot.Knowledge.Routing;

/// <summary>
/// Puts a chat question into the form the rules are written in: full-width ASCII to half-width, then the table's typo
/// and abbreviation fixes (环平→环评, 危费→危废, 在线监侧→在线监测, 排污正→排污证, voc→VOCs).
/// </summary>
public sealed class TextNormaliser
{
    private readonly (Regex Pattern, string Replacement)[] _rules;

    public TextNormaliser(IEnumerable<NormalisationRule> rules) =>
        _rules = rules.Select(r => (new Regex(r.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), r.Replacement)).ToArray();

    public string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // Full-width forms U+FF01..U+FF5E map to ASCII; keep full-width ？，。 as they are (sentence splitting reads both).
            builder.Append(c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A'
                ? (char)(c - 0xFEE0)
                : c == '\u3000' ? ' ' : c);
        }
        var result = builder.ToString();
        foreach (var (pattern, replacement) in _rules)
        {
            result = pattern.Replace(result, replacement);
        }
        return result;
    }
}
