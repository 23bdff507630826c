using System.Text.RegularExpressions;

namespace EnvBot.Knowledge.Policy;

/// <summary>What kind of article answers a kind of question (DOMAIN.md §4: the most relevant article quoted).</summary>
internal static partial class PolicyIntent
{
    /// <summary>The article states a period, a time limit or a date (三十日, 5年, 3个月, 20个工作日, 每年3月15日前, 届满 …).</summary>
    public static bool StatesTime(string text) => TimeExpression().IsMatch(text);

    [GeneratedRegex(@"[0-9〇零一二三四五六七八九十百两]+\s*(个)?(日|天|年|月|工作日|小时)|届满|有效期|期限")]
    private static partial Regex TimeExpression();
}
