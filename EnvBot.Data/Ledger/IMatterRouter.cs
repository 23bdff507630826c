namespace EnvBot.Data.Ledger;

/// <summary>
/// Which department a question goes to. The seam the department router (EnvBot.Knowledge.Routing.DepartmentRouter)
/// plugs into; until then <see cref="GeneralDepartmentTriage"/> hands everything to 综合处.
/// </summary>
public interface IMatterRouter
{
    MatterRouting Route(string question);
}
