namespace EnvBot.Knowledge.Policy;

/// <summary>The terms of one article as the index sees them: body words, body bigrams, and title + chapter words.</summary>
public sealed record PolicyIndexDocument(IReadOnlyList<string> Words, IReadOnlyList<string> Bigrams, IReadOnlyList<string> Heading);
