using System.Text.RegularExpressions;

namespace EnvBot.Knowledge.Policy;

/// <summary>
/// Some duties bind only a licensed trade: "从事收集、贮存、利用、处置危险废物经营活动的单位，贮存危险废物不得超过一年",
/// "领取危险废物收集经营许可证的单位…在90个工作日内…". Quoted alone to a works that only produces the waste, such a line
/// reads as the works' own limit. The answer says whom the line binds unless the asker says they are in that trade
/// (DOMAIN.md §4: the bot does not guess about the enterprise's own case).
/// </summary>
public static partial class ArticleAddressee
{
    /// <summary>The trade the sentence is addressed to, or null when it binds everyone it speaks of.</summary>
    public static string? Of(string sentence)
    {
        var match = Subject().Match(sentence);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>
    /// Whether the question already places the asker in a licensed trade ("我们是持证的收集单位", "我们有危险废物经营许可证") —
    /// not any permit: a works with its 排污许可证 still only produces the waste.
    /// </summary>
    public static bool AskerInTrade(string question) => Trade().IsMatch(question);

    [GeneratedRegex(@"^((?:领取|持有)[^，。；]{2,30}?许可证的单位|从事[^，。；]{2,60}?经营活动的单位)[，,]")]
    private static partial Regex Subject();

    [GeneratedRegex("经营许可证|收集许可证|经营单位|持证|收集单位|处置单位|回收单位|利用单位|从事[^，。？?]{0,20}经营")]
    private static partial Regex Trade();
}
