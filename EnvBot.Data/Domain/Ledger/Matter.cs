namespace EnvBot.Data.Domain.Ledger;

/// <summary>
/// One matter of the service ledger (一事一单); an enterprise's matters together are its account (一企一账).
/// The current state is a projection of its append-only <see cref="MatterEvent"/>s, kept here for querying.
/// </summary>
public sealed class Matter
{
    public int Id { get; set; }
    public int BureauId { get; set; }
    public int? EnterpriseId { get; set; }
    public required string EnterpriseName { get; set; }
    public required string Question { get; set; }

    /// <summary>Where it came from: <see cref="MatterSources"/>.</summary>
    public required string Source { get; set; }

    /// <summary>Decides the deadline (<c>Ledger:DueWorkingDays:&lt;kind&gt;</c>).</summary>
    public required string Kind { get; set; }

    public MatterState State { get; set; }
    public int? DepartmentId { get; set; }
    public int? AssigneePersonId { get; set; }
    public string? AssigneeName { get; set; }
    public string? Answer { get; set; }

    /// <summary>The enterprise's own chat, where the answer is relayed (channel + conversation + user of a stored reference).</summary>
    public string? RequesterChannelId { get; set; }
    public string? RequesterConversationId { get; set; }
    public string? RequesterUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Bureau-local due date, counted in China working days from the day of the last assignment.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>Bumped by every transition; a button carries the version it was shown for, so a stale press is refused.</summary>
    public int Version { get; set; }

    public List<MatterEvent> Events { get; set; } = [];
}
