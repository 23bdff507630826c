using EnvBot.Data.Domain.Notices;

namespace EnvBot.Data.Notices;

/// <summary>Whom a notice is for: everyone, or enterprises whose area/category/industry matches, or named enterprises.</summary>
public sealed record NoticeTarget(NoticeTargetKind Kind, string? Value, IReadOnlyList<string> Names)
{
    public static NoticeTarget All { get; } = new(NoticeTargetKind.All, null, []);
}
