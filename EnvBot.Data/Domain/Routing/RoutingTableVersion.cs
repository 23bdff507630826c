namespace EnvBot.Data.Domain.Routing;

/// <summary>
/// One saved version of the routing table 交办规则 (DOMAIN.md §1: "The table is data the administrator can change, not
/// code"; issue 5: "editable by an administrator, versioned"). Rows are never changed or deleted: an edit is a new
/// version, a rollback is a new activation of an old one.
/// </summary>
public sealed class RoutingTableVersion
{
    public const string ShippedOrigin = "shipped";
    public const string AdministratorOrigin = "admin";

    public int Id { get; set; }

    /// <summary>The table's own version string (unique), e.g. "2026-11-25.2".</summary>
    public required string Version { get; set; }

    /// <summary>The whole table as JSON (the format of EnvBot.Knowledge/Routing/routing-table.json).</summary>
    public required string Json { get; set; }

    /// <summary><see cref="ShippedOrigin"/> for the table that came with the product, else <see cref="AdministratorOrigin"/>.</summary>
    public required string Origin { get; set; }

    /// <summary>What changed, in the administrator's words or the edit's own summary.</summary>
    public string? Note { get; set; }

    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
