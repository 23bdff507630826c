namespace EnvBot.Data.Ledger;

/// <summary>What a source hands the ledger to open a matter; <see cref="DueDate"/> overrides the kind's working-day deadline (a rectification deadline set by the guide).</summary>
public sealed record NewMatter(
    int? EnterpriseId,
    string EnterpriseName,
    string Question,
    string Source,
    string Kind,
    string? RequesterChannelId,
    string? RequesterConversationId,
    string? RequesterUserId,
    DateOnly? DueDate = null);
