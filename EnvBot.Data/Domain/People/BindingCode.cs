namespace EnvBot.Data.Domain.People;

/// <summary>A one-time code an administrator gives a person so they can bind their chat account ("绑定 &lt;code&gt;").</summary>
public sealed class BindingCode
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int PersonId { get; set; }
    public int CreatedByPersonId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public int? UsedByIdentityId { get; set; }
}
