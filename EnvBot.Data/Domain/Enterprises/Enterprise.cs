namespace EnvBot.Data.Domain.Enterprises;

public sealed class Enterprise
{
    public int Id { get; set; }
    public int BureauId { get; set; }
    public required string Name { get; set; }

    /// <summary>What the bureau's table wrote in parentheses after the name, e.g. "+再生利用", "危险废物填埋场".</summary>
    public string? NameNote { get; set; }

    /// <summary>Unified social credit code (GB 32100-2015) when known.</summary>
    public string? CreditCode { get; set; }

    public string? Address { get; set; }

    /// <summary>重点监管 / 重点整治 / 精细化示范 (seed 000 §二).</summary>
    public string? Category { get; set; }

    public string? Industry { get; set; }

    /// <summary>Grid or area (网格/片区), e.g. 定海区.</summary>
    public string? Area { get; set; }

    public List<EnterpriseContact> Contacts { get; set; } = [];
}
