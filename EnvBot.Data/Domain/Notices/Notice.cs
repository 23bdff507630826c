namespace EnvBot.Data.Domain.Notices;

/// <summary>
/// A notice pushed to the enterprises it concerns (DOMAIN.md §3 送政策; seed 004: advance notice of 限停产、错峰生产).
/// The recipients are fixed when it is composed (<see cref="NoticeDelivery"/>), so the count the author confirmed is
/// the count that is sent.
/// </summary>
public sealed class Notice
{
    public int Id { get; set; }
    public int BureauId { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public NoticeKind Kind { get; set; }

    /// <summary>An attachment the notice refers to (name and link); uploading files is not part of notices.</summary>
    public string? AttachmentName { get; set; }
    public string? AttachmentUrl { get; set; }

    /// <summary>The policy article it rests on: law title (《…》) and article (第…条).</summary>
    public string? PolicyLaw { get; set; }
    public string? PolicyArticle { get; set; }

    public NoticeTargetKind TargetKind { get; set; }

    /// <summary>The area, category or industry named; for a list the enterprise names joined by 、.</summary>
    public string? TargetValue { get; set; }

    public DateTimeOffset ScheduledAt { get; set; }
    public int AuthorPersonId { get; set; }
    public required string AuthorName { get; set; }
    public NoticeState State { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }

    public List<NoticeDelivery> Deliveries { get; set; } = [];
}
