namespace EnvBot.Knowledge.Policy;

/// <summary>
/// One article (条) of a document: from its 第X条 line up to the next article line or heading (policy-qa README,
/// "Article units"). <paramref name="Chapter"/> is the heading path, e.g. "第五编 法律责任和附则 / 第二章 …".
/// </summary>
public sealed partial record PolicyArticle(int Number, string Label, string Chapter, string Text)
{
    /// <summary>The text after the 第X条 label, which itself carries no meaning for search.</summary>
    public string Body => Text.Length > Label.Length ? Text[Label.Length..] : Text;

    /// <summary>A list item's line: "（一）未设置危险废物识别标志" (group 1 is the item's numeral).</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^（([一二三四五六七八九十]+)）")]
    internal static partial System.Text.RegularExpressions.Regex ListItem();
}
