using System.Text.RegularExpressions;

namespace EnvBot.Knowledge.Policy.Llm;

/// <summary>
/// Issue 9: a policy answer is about the law, never about a person or an enterprise. The model is given only the
/// question and the retrieved articles, so any phone number, e-mail, link, ID or credit-code-shaped string, or company
/// name in its answer that is in neither came from somewhere else (an injected instruction, a hallucination) and the
/// whole answer is rejected; the extractive answer is shown instead.
/// </summary>
public static partial class PolicyLeakGuard
{
    public static bool Leaks(PolicyLlmDraft draft, string question, IReadOnlyList<ArticleHit> retrieved)
    {
        var given = question + "\n" + string.Join("\n", retrieved.Select(a => a.Text));
        foreach (var point in draft.Points)
        {
            foreach (Match m in Identifying().Matches(point.Text))
            {
                if (!given.Contains(m.Value, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // Mobile and landline numbers, e-mail, links, 15/18-character IDs and credit codes, and "…有限公司/…厂"-style names.
    [GeneratedRegex(@"1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+|www\.\S+|[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}|\d{17}[\dXx]|[\u4e00-\u9fa5]{2,20}(?:有限公司|有限责任公司|股份公司|集团|厂)")]
    private static partial Regex Identifying();
}
