using EnvBot.Data.Domain.Notices;

namespace EnvBot.Data.Notices;

/// <summary>What the author wrote; recipients are resolved from <see cref="Target"/> when the draft is saved.</summary>
public sealed record NewNotice(
    string Title,
    string Text,
    NoticeKind Kind,
    NoticeTarget Target,
    DateTimeOffset ScheduledAt,
    string? AttachmentName = null,
    string? AttachmentUrl = null,
    string? PolicyLaw = null,
    string? PolicyArticle = null);
