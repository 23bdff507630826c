namespace EnvBot.Data.Domain.Pairings;

public sealed class BlockLead
{
    public int BlockId { get; set; }
    public int PersonId { get; set; }
}
