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
    IReadOnlyList<OpenProblem> OpenProblems,
    IReadOnlyList<(string Person, DateOnly Date, string Channel)> OthersRecently);

/// <summary>A problem still open at an enterprise: as first logged, the day it was first logged, and where its latest record says it stands.</summary>
public sealed record OpenProblem(string Problem, DateOnly Since, string Resolution);
