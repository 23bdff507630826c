namespace EnvBot.Data.Domain.People;

/// <summary>
/// A 处室/科室 (or unit such as 执法支队) that receives routed work. Work reaches it in its channel conversation
/// (a Teams channel or a Web Chat conversation), stored as channel + conversation id of a conversation reference.
/// </summary>
public sealed class Department
{
    public int Id { get; set; }
    public int BureauId { get; set; }

    /// <summary>Short name as the routing table spells it: 水处, 大气处, 土壤处, 综合处, 科监处, 环评处, 办公室, 执法支队 …</summary>
    public required string Name { get; set; }

    public string? FullName { get; set; }

    /// <summary>The general department (综合处) triages and runs the consultation day.</summary>
    public bool IsGeneral { get; set; }

    public string? ChannelId { get; set; }
    public string? ChannelConversationId { get; set; }
}
