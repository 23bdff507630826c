namespace EnvBot.Data.Domain.People;

public sealed class PersonRole
{
    public int PersonId { get; set; }
    public Role Role { get; set; }
}
