using EnvBot.Data.Domain.People;
using EnvBot.Dialogs.Main;

namespace EnvBot.Dialogs.Authorization;

/// <summary>
/// Authorisation in one place (issue 4): each command's policy. Record-level scoping (an enterprise sees only its own
/// records, a guide only paired enterprises) is applied by the services that read those records.
/// </summary>
public static class CommandPolicies
{
    // Issue 5: an enterprise sees and adds only its own matters, so it must be bound first (企业认证).
    private static readonly CommandPolicy EnterpriseContact = new("已完成企业认证的企业联系人", identity => identity.IsEnterpriseContact);

    private static readonly CommandPolicy GuideOrBlockLead = CommandPolicy.Roles("环保指导员或区块负责人", Role.Guide, Role.BlockLead, Role.Administrator);

    private static readonly CommandPolicy FileKeepers = CommandPolicy.Roles("环保指导员、区块负责人或局领导", Role.Guide, Role.BlockLead, Role.Leader, Role.Administrator);
    private static readonly CommandPolicy NoticeStaff = CommandPolicy.Roles("处室工作人员、综合处或局领导", Role.DepartmentStaff, Role.DepartmentHead, Role.GeneralReviewer, Role.Leader, Role.Administrator);

    private static readonly Dictionary<MainCommand, CommandPolicy> Policies = new()
    {
        [MainCommand.GenerateBindingCode] = CommandPolicy.Roles("管理员", Role.Administrator),
        [MainCommand.FailedSends] = CommandPolicy.Roles("管理员", Role.Administrator),
        [MainCommand.ImportPairings] = CommandPolicy.Roles("管理员", Role.Administrator),
        [MainCommand.AskQuestion] = EnterpriseContact,
        [MainCommand.MyMatters] = EnterpriseContact,
        [MainCommand.RegisterDepartmentChannel] = CommandPolicy.Roles("处室工作人员或管理员", Role.DepartmentStaff, Role.DepartmentHead, Role.Administrator),
        // A block lead passes on (转办) what a guide escalated (DOMAIN.md §2 "Problems"); LedgerService checks the block.
        [MainCommand.LedgerAction] = CommandPolicy.Roles("处室工作人员或区块负责人", Role.DepartmentStaff, Role.DepartmentHead, Role.GeneralReviewer, Role.BlockLead, Role.Administrator),
        // DOMAIN.md §1: seats are confirmed by 综合处.
        [MainCommand.ConfirmSeat] = CommandPolicy.Roles("综合处审核人员", Role.GeneralReviewer),
        // Issue 8: a guide's (or a block lead's) own paired enterprises.
        [MainCommand.MyEnterprises] = CommandPolicy.Roles("环保指导员或区块负责人", Role.Guide, Role.BlockLead),
        // DOMAIN.md §2: the information officer compiles the 问题清单 for the leaders; it names enterprises and their problems.
        [MainCommand.WeeklyProblemList] = CommandPolicy.Roles("信息员或局领导", Role.InformationOfficer, Role.Leader),
        // DOMAIN.md §2: bureau leaders grade and rank guides monthly.
        [MainCommand.AssessmentRanking] = CommandPolicy.Roles("局领导", Role.Leader),
        [MainCommand.AdjustGrade] = CommandPolicy.Roles("局领导", Role.Leader),
        [MainCommand.RejectBooking] = CommandPolicy.Roles("综合处审核人员", Role.GeneralReviewer),
        [MainCommand.AcceptBooking] = CommandPolicy.Roles("综合处审核人员", Role.GeneralReviewer),
        [MainCommand.RepeatBooking] = CommandPolicy.Roles("综合处审核人员", Role.GeneralReviewer),
        [MainCommand.ReviewQueue] = CommandPolicy.Roles("综合处审核人员", Role.GeneralReviewer),
        // DOMAIN.md §1: only 综合处 sees the full ID number (the page checks the role again when the link is opened).
        [MainCommand.RevealIdNumber] = CommandPolicy.Roles("综合处审核人员", Role.GeneralReviewer),
        // DOMAIN.md §1 / seed 003: the theme and location are set by 综合处 and approved by a bureau leader; only they change the plan.
        [MainCommand.ProposePlan] = CommandPolicy.Roles("综合处审核人员", Role.GeneralReviewer),
        [MainCommand.ApprovePlan] = CommandPolicy.Roles("局领导", Role.Leader),
        // The day's list carries names and phone numbers: staff who run or answer at the session only.
        [MainCommand.SessionList] = CommandPolicy.Roles("局内工作人员", Role.GeneralReviewer, Role.DepartmentStaff, Role.Leader),
        // Issue 10 (seed 002): guides record and review; the service also checks it is their enterprise.
        [MainCommand.RecordHealthCheck] = GuideOrBlockLead,
        [MainCommand.AcceptRectification] = GuideOrBlockLead,
        [MainCommand.ReturnRectification] = GuideOrBlockLead,
        [MainCommand.AnswerRectification] = EnterpriseContact,
        [MainCommand.MyRectification] = EnterpriseContact,
        // DOMAIN.md §2 企业反向测评: only the contacted enterprise rates the contact.
        [MainCommand.RateService] = EnterpriseContact,
        // Issue 5 / DOMAIN.md §1: the administrator keeps the table; 综合处, who triages what it cannot place, may look and try.
        [MainCommand.RoutingTable] = CommandPolicy.Roles("管理员或综合处审核人员", Role.Administrator, Role.GeneralReviewer),
        [MainCommand.TestRouting] = CommandPolicy.Roles("管理员或综合处审核人员", Role.Administrator, Role.GeneralReviewer),
        [MainCommand.AddRoutingTerms] = CommandPolicy.Roles("管理员", Role.Administrator),
        [MainCommand.RemoveRoutingTerm] = CommandPolicy.Roles("管理员", Role.Administrator),
        [MainCommand.ActivateRoutingTable] = CommandPolicy.Roles("管理员", Role.Administrator),
        // Seed 002 四罚: the block lead (who received the escalation) or a bureau leader decides; the service checks the block.
        [MainCommand.HandToEnforcement] = CommandPolicy.Roles("区块负责人或局领导", Role.BlockLead, Role.Leader, Role.Administrator),
        // Issue 10: the exports name enterprises and staff; leaders (and the information officer who compiles for them).
        [MainCommand.ExportPairingList] = CommandPolicy.Roles("局领导或信息员", Role.Leader, Role.InformationOfficer),
        [MainCommand.ExportMonthlySummary] = CommandPolicy.Roles("局领导或信息员", Role.Leader, Role.InformationOfficer),
        // Issue 10: the enterprise's file; the service also checks the enterprise is in the sender's scope.
        [MainCommand.EditEnterpriseFile] = FileKeepers,
        [MainCommand.ViewEnterpriseFile] = FileKeepers,
        [MainCommand.MyEnterpriseFile] = EnterpriseContact,
        // Issue 10 (送政策): department staff, 综合处 and leaders push notices to enterprises; the enterprise acknowledges.
        [MainCommand.ComposeNotice] = NoticeStaff,
        [MainCommand.ConfirmNotice] = NoticeStaff,
        [MainCommand.NoticeReceipt] = NoticeStaff,
        [MainCommand.AcknowledgeNotice] = EnterpriseContact,
    };

    public static CommandPolicy For(MainCommand command) => Policies.GetValueOrDefault(command, CommandPolicy.Anyone);

    /// <summary>
    /// The personal data a staff member sees by this command (people's names and phone numbers), recorded each time it
    /// is asked for (issue 9: audit of every access to personal data); null when it shows none. The full ID number has
    /// its own record when its page is opened (查看证件).
    /// </summary>
    public static string? PersonalDataShown(MainCommand command) => command switch
    {
        MainCommand.SessionList => Data.Domain.Privacy.PersonalDataKinds.SessionList,
        MainCommand.ReviewQueue => Data.Domain.Privacy.PersonalDataKinds.ReviewQueue,
        MainCommand.ViewEnterpriseFile => Data.Domain.Privacy.PersonalDataKinds.EnterpriseFile,
        MainCommand.ExportPairingList => Data.Domain.Privacy.PersonalDataKinds.PairingList,
        MainCommand.HandToEnforcement => Data.Domain.Privacy.PersonalDataKinds.EnforcementRecord,
        _ => null,
    };

    /// <returns>Null when allowed; otherwise the refusal to show.</returns>
    public static string? Refusal(MainCommand command, UserIdentity identity)
    {
        var policy = For(command);
        return policy.IsAllowed(identity)
            ? null
            : $"抱歉，该操作仅限{policy.Description}使用，未做任何更改。您当前的身份：{(identity.IsKnown ? Identity.IdentityReplies.RolesText(identity) : "未绑定")}。";
    }
}
