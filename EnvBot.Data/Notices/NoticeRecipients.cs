using EnvBot.Data.Domain.Enterprises;

namespace EnvBot.Data.Notices;

/// <summary>The enterprises a target matched, and the names in a list that matched none (or several).</summary>
public sealed record NoticeRecipients(IReadOnlyList<Enterprise> Enterprises, IReadOnlyList<string> Unmatched);
