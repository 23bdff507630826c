using EnvBot.Data.Domain.People;

namespace EnvBot.Dialogs.Main;

/// <summary>The welcome menu adapts to the role and lists only what works today (issue 2, issue 4).</summary>
public static class MainMenu
{
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
        // Issue 10 (送政策): those who push notices to enterprises (the keyword alone shows the format).
        if (identity.Has(Role.DepartmentStaff) || identity.Has(Role.DepartmentHead) || identity.Has(Role.GeneralReviewer) || identity.Has(Role.Leader))
        {
            items.Add(MainReplies.MenuComposeNotice);
        }
        if (identity.Has(Role.Guide) || identity.Has(Role.BlockLead))
        {
            items.Add(MainReplies.MenuMyEnterprises);
        }
        if (identity.Has(Role.Administrator))
        {
            items.Add(MainReplies.MenuGenerateCode);
        }
        items.Add(MainReplies.MenuWhoAmI);
        items.Add(MainReplies.MenuHelp);
        return items;
    }
}
