namespace EnvBot.Data.Ledger;

/// <summary>DOMAIN.md §1: when routing is not confident, 综合处 triages by hand. Used until the real router is plugged in.</summary>
public sealed class GeneralDepartmentTriage : IMatterRouter
{
    public const string Department = "综合处";
    public const string Why = "综合处人工分办";

    public MatterRouting Route(string question) => new(Department, Why, nameof(GeneralDepartmentTriage), 0, OutOfScope: false);
}
