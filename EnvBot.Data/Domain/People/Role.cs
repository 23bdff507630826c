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
    /// <summary>处室负责人: told when a matter of the department is overdue (issue 5). Appended: roles are stored by name.</summary>
    DepartmentHead,
    Administrator,
}
