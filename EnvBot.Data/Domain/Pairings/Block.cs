namespace EnvBot.Data.Domain.Pairings;

/// <summary>A block (区块) of paired enterprises with its leads (seed 000 附件1).</summary>
public sealed class Block
{
    public int Id { get; set; }
    public int BureauId { get; set; }
    public int Number { get; set; }
    public required string Name { get; set; }
    public List<BlockLead> Leads { get; set; } = [];
}
