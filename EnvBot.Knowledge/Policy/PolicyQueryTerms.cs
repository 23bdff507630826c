namespace EnvBot.Knowledge.Policy;

/// <summary>A question's weighted terms for <see cref="PolicyIndex"/>.</summary>
public sealed record PolicyQueryTerms(IReadOnlyDictionary<string, float> Words, IReadOnlyDictionary<string, float> Bigrams);
