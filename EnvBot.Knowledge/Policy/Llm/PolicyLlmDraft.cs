namespace EnvBot.Knowledge.Policy.Llm;

/// <summary>The model's structured answer: short points in plain Chinese, each with the articles it rests on.</summary>
public sealed record PolicyLlmDraft(IReadOnlyList<PolicyLlmPoint> Points);

/// <summary>One claim and its citations as the model wrote them (《法名》第X条).</summary>
public sealed record PolicyLlmPoint(string Text, IReadOnlyList<string> Sources);
