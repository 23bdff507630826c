namespace EnvBot.Data.Guides;

/// <summary>A confirmed service-record form, ready to save.</summary>
public sealed record NewServiceRecord(
    int GuidePersonId,
    int EnterpriseId,
    DateOnly Date,
    string Channel,
    string Problem,
    string Resolution,
    string? Other,
    string SourceText,
    int? MatterId = null);

/// <summary>One line of 我的企业 (issue 8): this week's call, this month's visit, open problems, who else came by.</summary>
public sealed record MyEnterpriseStatus(
    int EnterpriseId,
    string EnterpriseName,
    bool PhoneThisWeek,
    bool VisitThisMonth,
    IReadOnlyList<string> OpenProblems,
    IReadOnlyList<(string Person, DateOnly Date, string Channel)> OthersRecently);
