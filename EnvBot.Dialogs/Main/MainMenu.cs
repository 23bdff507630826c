using EnvBot.Data.Domain.People;
using EnvBot.Dialogs.Builder.Schema;

namespace EnvBot.Dialogs.Main;

/// <summary>The welcome menu adapts to the role and lists only what works today (issue 2, issue 4).</summary>
public static class MainMenu
{
    /// <summary>A reply with the role's menu as buttons, so the next step is one press away.</summary>
    public static Activity Message(string text, UserIdentity identity)
    {
        var activity = Activity.CreateMessage(text);
        activity.TextFormat = "markdown";
        activity.InputHint = InputHints.AcceptingInput;
        activity.SuggestedActions = new SuggestedActions { Actions = For(identity).Select(m => CardAction.ImBack(m)).ToList() };
        return activity;
    }

    public static IReadOnlyList<string> For(UserIdentity identity)
    {
        var items = new List<string> { MainReplies.MenuConsultationDay, MainReplies.MenuBookConsultation };
        if (!identity.IsKnown)
        {
            items.Add(MainReplies.MenuEnterpriseBinding);
        }
        if (identity.IsEnterpriseContact)
        {
            items.Add(MainReplies.MenuMyBookings);
            items.Add(MainReplies.MenuMyMatters);
            items.Add(EnterpriseFile.EnterpriseFileReplies.MenuMyFile);
        }
        // DOMAIN.md §1: 综合处 reviews the bookings and finalises the day's list.
        if (identity.Has(Role.GeneralReviewer))
        {
            items.Add(MainReplies.MenuReviewQueue);
        }
        if (identity.Has(Role.GeneralReviewer) || identity.Has(Role.Leader))
        {
            items.Add(MainReplies.MenuSessionList);
        }
        if (identity.IsEnterpriseContact)
        {
            // Issue 10 (seed 002): findings to rectify and answer.
            items.Add(MainReplies.MenuMyRectification);
        }
        // Issue 10 (送政策): those who push notices to enterprises (the keyword alone shows the format).
        if (identity.Has(Role.DepartmentStaff) || identity.Has(Role.DepartmentHead) || identity.Has(Role.GeneralReviewer) || identity.Has(Role.Leader))
        {
            items.Add(MainReplies.MenuComposeNotice);
        }
        if (identity.Has(Role.Guide) || identity.Has(Role.BlockLead))
        {
            items.Add(MainReplies.MenuMyEnterprises);
        }
        // DOMAIN.md §2: the information officer compiles the weekly 问题清单; leaders read it and grade the guides.
        if (identity.Has(Role.InformationOfficer) || identity.Has(Role.Leader))
        {
            // The exports (导出结对清单, 导出月度汇总) are in 帮助: a leader's menu stays short enough to read.
            items.Add(MainReplies.MenuProblemList);
        }
        if (identity.Has(Role.Leader))
        {
            items.Add(MainReplies.MenuAssessment);
        }
        if (identity.Has(Role.Administrator))
        {
            items.Add(MainReplies.MenuGenerateCode);
            items.Add(MainReplies.MenuRoutingTable);
        }
        items.Add(MainReplies.MenuWhoAmI);
        items.Add(MainReplies.MenuHelp);
        return items;
    }
}
