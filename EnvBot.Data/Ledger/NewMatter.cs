namespace EnvBot.Data.Ledger;

/// <summary>What a source hands the ledger to open a matter.</summary>
public sealed record NewMatter(
    int? EnterpriseId,
    string EnterpriseName,
    string Question,
    string Source,
    string Kind,
    string? RequesterChannelId,
    string? RequesterConversationId,
    string? RequesterUserId);
