namespace EnvBot.Data.Domain.People;

/// <summary>A member of staff: guide, block lead, department staff, leader … (several roles per person).</summary>
public sealed class Person
{
    public int Id { get; set; }
    public int BureauId { get; set; }
    public required string Name { get; set; }
    public int? DepartmentId { get; set; }
    public string? Phone { get; set; }
    public List<PersonRole> Roles { get; set; } = [];
}
