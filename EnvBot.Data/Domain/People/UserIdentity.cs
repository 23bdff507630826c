namespace EnvBot.Data.Domain.People;

/// <summary>Who is writing: a bound staff member with roles, an enterprise's contact, or nobody known yet.</summary>
public sealed record UserIdentity(
    int? PersonId,
    string? PersonName,
    IReadOnlySet<Role> Roles,
    int? EnterpriseContactId,
    int? EnterpriseId,
    string? EnterpriseName,
    string? DepartmentName)
{
    public static UserIdentity Anonymous { get; } = new(null, null, new HashSet<Role>(), null, null, null, null);

    public bool IsStaff => PersonId is not null;
    public bool IsEnterpriseContact => EnterpriseContactId is not null;
    public bool IsKnown => IsStaff || IsEnterpriseContact;
    public bool Has(Role role) => Roles.Contains(role);
}
