namespace EnvBot.Data.Domain.People;

/// <summary>An ecology and environment bureau or branch; everything else belongs to one (multi-tenant by bureau, DOMAIN.md "Numbers").</summary>
public sealed class Bureau
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}
