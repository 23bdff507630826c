namespace EnvBot.Data.Ledger;

/// <summary>
/// What a source hands the ledger to open a matter; <see cref="DueDate"/> overrides the kind's working-day deadline (a
/// rectification deadline set by the guide); <see cref="NamedDepartment"/> is the department the collector said must do
/// it ("需要水科确认"), which the routing table does not overrule.
/// </summary>
public sealed record NewMatter(
    int? EnterpriseId,
    string EnterpriseName,
    string Question,
    string Source,
    string Kind,
    string? RequesterChannelId,
    string? RequesterConversationId,
    string? RequesterUserId,
    DateOnly? DueDate = null,
    string? NamedDepartment = null);
