namespace EnvBot.Knowledge.Policy;

/// <summary>
/// One article (条) of a document: from its 第X条 line up to the next article line or heading (policy-qa README,
/// "Article units"). <paramref name="Chapter"/> is the heading path, e.g. "第五编 法律责任和附则 / 第二章 …".
/// </summary>
public sealed record PolicyArticle(int Number, string Label, string Chapter, string Text);
