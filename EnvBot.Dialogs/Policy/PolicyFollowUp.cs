using System.Text.RegularExpressions;

namespace EnvBot.Dialogs.Policy;

/// <summary>
/// A short question that leans on the one before it ("危废仓库要贴什么标识" → "那不贴会罚多少") is read together with it:
/// on its own it names no topic, and the law it needs is the previous question's. Only within a few minutes and only
/// for a short question that opens with a word pointing back (那/这个/如果…) or asks nothing but "how much / how long".
/// </summary>
public static partial class PolicyFollowUp
{
    /// <summary>How long a question stays the topic a follow-up leans on.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    private const int MaxLength = 14;

    /// <summary>The question to search: the previous one and this one together when this one is a follow-up, else this one.</summary>
    public static string? Combined(string? previous, DateTimeOffset? askedAt, string question, DateTimeOffset now)
    {
        if (previous is null || askedAt is null || now - askedAt.Value > Window || now < askedAt.Value)
        {
            return null;
        }
        var cjk = question.Count(c => c is >= '\u4e00' and <= '\u9fff');
        return cjk <= MaxLength && (PointsBack().IsMatch(question) || BareAsk().IsMatch(question)) ? previous + " " + question : null;
    }

    [GeneratedRegex(@"^\s*(那么?|那如果|那要是|如果|要是|假如|万一|这个|这种|这样|那样|那个|这些|那些|它|还有|另外|同样)")]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"^\s*(罚|要罚|会罚|最多罚|大概罚)?(多少钱?|多久|几天|几年|多长时间|什么时候|找谁|找哪个部门|哪个部门)[吗呢啊呀]?[?？]?\s*$")]
    private static partial Regex BareAsk();
}
