using EnvBot.Dialogs.Builder.Dialogs.Prompts;

namespace EnvBot.Dialogs.Builder.Dialogs;

/// <summary>
/// Recognizes help / cancel / back commands. Only a whole message counts ("取消" yes, "取消预约的规定是什么" no), after
/// full-width characters are folded, whitespace trimmed and surrounding punctuation dropped; case is ignored.
/// </summary>
public static class InterruptionRecognizer
{
    private static readonly string[] HelpWords = ["帮助", "help", "?", "？", "求助", "怎么用"];
    private static readonly string[] CancelWords = ["取消", "cancel", "退出", "quit", "exit", "算了不办了"];
    private static readonly string[] BackWords = ["返回", "back", "上一步", "返回上一步"];

    public static Interruption Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Interruption.None;
        }
        var folded = TextNormalizer.Fold(text);
        // A lone question mark is a help request; elsewhere punctuation around the word is noise ("取消！", "帮助？").
        if (folded is "?")
        {
            return Interruption.Help;
        }
        var word = TextNormalizer.StripPunctuation(folded);
        if (Matches(word, HelpWords))
        {
            return Interruption.Help;
        }
        if (Matches(word, CancelWords))
        {
            return Interruption.Cancel;
        }
        return Matches(word, BackWords) ? Interruption.Back : Interruption.None;
    }

    private static bool Matches(string word, string[] words) =>
        Array.Exists(words, w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));
}
