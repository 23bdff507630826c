namespace EnvBot.Data.Domain.Routing;

/// <summary>
/// From this moment the router uses <see cref="VersionId"/>: the latest activation is the table in force, and the
/// list of activations is the history of which table decided when (an administrator can ask why a matter went where it
/// went).
/// </summary>
public sealed class RoutingTableActivation
{
    public int Id { get; set; }
    public int VersionId { get; set; }
    public required string ActivatedBy { get; set; }
    public DateTimeOffset ActivatedAt { get; set; }
    public string? Reason { get; set; }
}
