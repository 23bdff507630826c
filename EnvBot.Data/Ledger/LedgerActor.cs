namespace EnvBot.Data.Ledger;

/// <summary>Who acts on a matter: a person (staff), an enterprise contact, or the system.</summary>
public sealed record LedgerActor(int? PersonId, string Name, string? DepartmentName, bool IsGeneralReviewer, bool IsAdministrator)
{
    public static LedgerActor System { get; } = new(null, "系统", null, false, false);
}
