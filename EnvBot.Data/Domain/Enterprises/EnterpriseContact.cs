namespace EnvBot.Data.Domain.Enterprises;

/// <summary>A person who speaks for an enterprise in chat (法定代表人或其代表 / 环保负责人).</summary>
public sealed class EnterpriseContact
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
