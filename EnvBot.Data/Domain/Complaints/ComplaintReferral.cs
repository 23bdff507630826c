namespace EnvBot.Data.Domain.Complaints;

/// <summary>
/// A complaint or petition the bot recognised and referred to 12369 / the online reporting platform (DOMAIN.md §1,
/// issue 10 "complaints are not dropped"): the record that the reporting channels were given, and to whom.
/// </summary>
public sealed class ComplaintReferral
{
    public int Id { get; set; }

    /// <summary>Who wrote, when known: an enterprise (through its contact) or a staff member; both null for a stranger.</summary>
    public int? EnterpriseId { get; set; }
    public int? EnterpriseContactId { get; set; }
    public int? PersonId { get; set; }

    public required string ChannelId { get; set; }

    /// <summary>The router's out-of-scope kind (e.g. 投诉举报, 信访), as the guidance was chosen by it.</summary>
    public string? Kind { get; set; }

    /// <summary>What was written, with anything shaped like a resident ID number masked (DOMAIN.md §1).</summary>
    public required string Text { get; set; }

    public DateTimeOffset At { get; set; }
}
