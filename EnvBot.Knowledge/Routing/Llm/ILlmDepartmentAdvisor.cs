namespace EnvBot.Knowledge.Routing.Llm;

/// <summary>
/// An optional model asked only when the rules are unsure. Returns null when it cannot answer (switched off, server
/// down, unreadable reply); the router checks the answer against the table itself.
/// </summary>
public interface ILlmDepartmentAdvisor
{
    Task<LlmAdvice?> AdviseAsync(string question, RoutingTable table, CancellationToken cancellationToken);
}
