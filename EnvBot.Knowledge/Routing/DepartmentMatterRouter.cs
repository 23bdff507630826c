using EnvBot.Data.Ledger;

namespace EnvBot.Knowledge.Routing;

/// <summary>
/// The ledger's routing seam served by the department router (DOMAIN.md §1 table first, classifier second). 其他 goes to
/// the unit the 三定方案 names (执法支队, 法规处) when the router knows it; the ledger sends unknown units to 综合处.
/// The ledger asks synchronously, so this path uses rules and the classifier only; the LLM is consulted through
/// <see cref="DepartmentRouter.RouteAsync"/> where a caller can wait for it.
/// </summary>
public sealed class DepartmentMatterRouter(LiveDepartmentRouter router) : IMatterRouter
{
    public MatterRouting Route(string question)
    {
        var decision = router.Current.Route(question);
        var department = decision.Department == "其他" && decision.Unit is { Length: > 0 } unit ? unit : decision.Department;
        return new MatterRouting(department, decision.Why, decision.DecidedBy.ToString(), decision.Confidence, decision.OutOfScope);
    }
}
