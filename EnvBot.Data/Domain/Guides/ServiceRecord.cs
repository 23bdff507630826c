namespace EnvBot.Data.Domain.Guides;

/// <summary>
/// One contact as the bureau's form 企业指导员服务记录表 records it (DOMAIN.md §2: 指导员, 日期, 服务企业名称, 服务方式, 具体问题,
/// 解决情况, 其他情况说明), with the message it was read from. <see cref="PairingId"/> is the pairing it counts for
/// (null when a guide logged an enterprise that is not theirs and confirmed it); frequency rules are evaluated per
/// pairing and week or month, which the (PairingId, Date) index serves.
/// </summary>
public sealed class ServiceRecord
{
    public long Id { get; set; }
    public int BureauId { get; set; }
    public int? PairingId { get; set; }
    public int EnterpriseId { get; set; }

    /// <summary>指导员: who made the contact (a guide, or a block lead standing in).</summary>
    public int GuidePersonId { get; set; }

    /// <summary>日期 of the contact on the bureau's calendar.</summary>
    public DateOnly Date { get; set; }

    /// <summary>服务方式: one of <see cref="EnvBot.Data.Guides.ServiceChannels"/>.</summary>
    public required string Channel { get; set; }

    /// <summary>具体问题; empty for a routine contact with nothing found.</summary>
    public string Problem { get; set; } = "";

    /// <summary>解决情况: one of <see cref="EnvBot.Data.Guides.ServiceResolutions"/>.</summary>
    public required string Resolution { get; set; }

    /// <summary>其他情况说明: measures agreed, the guide's proposal, anything else.</summary>
    public string? Other { get; set; }

    /// <summary>The ledger matter opened when the problem needs another department (DOMAIN.md §2 "Problems").</summary>
    public int? MatterId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>
    /// The enterprise's rating of this contact, 1–5 (DOMAIN.md §2 企业反向测评: asked after a contact that solved
    /// something); null until a contact of the enterprise answers. The first answer counts.
    /// </summary>
    public int? Rating { get; set; }

    public string? RatingComment { get; set; }
    public DateTimeOffset? RatedAt { get; set; }

    /// <summary>The guide's message as sent, so a record can always be checked against what was said.</summary>
    public required string SourceText { get; set; }
}
