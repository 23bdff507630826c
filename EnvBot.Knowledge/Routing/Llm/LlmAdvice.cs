namespace EnvBot.Knowledge.Routing.Llm;

/// <summary>The model's structured answer: a department named exactly as in the table, whether out of scope, and why.</summary>
public sealed record LlmAdvice(string Department, bool OutOfScope, string Rationale);
