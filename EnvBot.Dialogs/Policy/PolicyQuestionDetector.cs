namespace EnvBot.Dialogs.Policy;

/// <summary>
/// Tells a policy question from small talk, so a sentence like "我想问一下排污许可证怎么延续" is answered from the
/// law while "好的" is not searched (DOMAIN.md §4: enterprises ask about laws, permits, EIA, waste, monitoring).
/// </summary>
public static class PolicyQuestionDetector
{
    private static readonly string[] QuestionMarkers =
    [
        "?", "？", "吗", "么", "如何", "怎样", "是否", "能否", "能不能", "可不可以", "可以", "要不要", "需不需要", "需要", "应该",
        "多少", "多久", "哪", "几", "规定", "请问", "想问", "咨询", "算不算", "会不会", "有没有",
    ];

    public static bool LooksLikeQuestion(string text)
    {
        var cjk = text.Count(c => c is >= '\u4e00' and <= '\u9fff');
        return cjk >= 5 && QuestionMarkers.Any(m => text.Contains(m, StringComparison.Ordinal));
    }
}
