namespace EnvBot.Data.Domain.People;

/// <summary>Roles from DOMAIN.md "Who uses it". Stored by name so the column reads in a query.</summary>
public enum Role
{
    Guide,
    BlockLead,
    DepartmentStaff,
    GeneralReviewer,
    InformationOfficer,
    Leader,
    Administrator,
}
