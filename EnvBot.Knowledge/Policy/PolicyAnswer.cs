namespace EnvBot.Knowledge.Policy;

/// <summary>A composed reply: the text to show, the articles cited, and whether the question should go to a person.</summary>
public sealed record PolicyAnswer(string Text, IReadOnlyList<ArticleHit> Sources, bool HandOver)
{
    /// <summary>Written by the model from the retrieved articles and accepted by the citation check.</summary>
    public bool FromModel { get; init; }
}
