namespace EnvBot.Data.Domain.People;

/// <summary>How each role is called in the bureau's own words.</summary>
public static class RoleNames
{
    public static string Chinese(Role role) => role switch
    {
        Role.Guide => "环保指导员",
        Role.BlockLead => "区块负责人",
        Role.DepartmentStaff => "处室工作人员",
        Role.GeneralReviewer => "综合处审核人",
        Role.InformationOfficer => "信息员",
        Role.Leader => "局领导",
        Role.Administrator => "管理员",
        Role.DepartmentHead => "处室负责人",
        _ => role.ToString(),
    };

    public const string EnterpriseContact = "企业联系人";
}
